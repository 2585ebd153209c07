import type { Token } from '../../model/token.js';

const WORD = /[a-z]+|\d+/g;

/**
 * The words of a text as the classifier reads them: lower-cased runs of letters or digits
 * ('cease-fire' is 'cease', 'fire'; "Kerry's" is 'kerry', 's'), the same whether they come from raw
 * text (training) or from the tokens of a sentence (the stage).
 * Example: wordsOf('Rebels shelled the town') → ['rebels', 'shelled', 'the', 'town']
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The same words from tokens [first, last); a plain token's own lower-cased text is reused, not copied. */
export function wordsOfTokens(tokens: readonly Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i < last; i++) {
    const lower = tokens[i].lower;
    if (isPlain(lower)) words.push(lower);
    else {
      const parts = lower.match(WORD);
      if (parts) words.push(...parts);
    }
  }
  return words;
}

/**
 * True when a word is all letters a-z or all digits, as /^(?:[a-z]+|\d+)$/ tests it: such a word is one
 * classifier word as it stands. A loop, not the regex: every token of a classified sentence asks.
 */
export function isPlain(word: string): boolean {
  if (word.length === 0) return false;
  const digits = isDigit(word.charCodeAt(0));
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (digits ? !isDigit(c) : c < 97 || c > 122) return false;
  }
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The features the sentence classifier reads: word stems and stem bigrams (joined by '_').
 * Example: sentenceFeatures(['rebels', 'shelled', 'the', 'town']) → ['rebel', 'shell', 'rebel_shell', 'the', 'shell_the', 'town', 'the_town']
 */
export function sentenceFeatures(words: readonly string[]): string[] {
  const stems = words.map(stem);
  const features: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    features.push(stems[i]);
    if (i > 0) features.push(stems[i - 1] + '_' + stems[i]);
  }
  return features;
}

/**
 * Features from the trigger lexicon's matches in a sentence: the pattern and the class it proposes,
 * so the classifier learns how far to trust each trigger.
 * Example: lexiconFeatures([{ pattern: 'air strike', acled: 'Air/drone strike' }]) → ['lex:air strike', 'lexclass:Air/drone strike']
 */
export function lexiconFeatures(entries: ReadonlyArray<LexiconEntryFields>): string[] {
  const features: string[] = [];
  for (const e of entries) {
    let pair = entryFeatures.get(e);
    if (pair === undefined) entryFeatures.set(e, (pair = ['lex:' + e.pattern, 'lexclass:' + (e.acled ?? e.otherClass ?? `${e.type}/${e.mode ?? ''}`)]));
    features.push(pair[0], pair[1]);
  }
  return features;
}

type LexiconEntryFields = { readonly pattern: string; readonly type: string; readonly mode?: string; readonly acled?: string; readonly otherClass?: string };

// The two feature names of a lexicon entry, joined once per entry rather than once per classified sentence: the
// same string objects then come back each time, and the model's lookup of them reuses their hash.
const entryFeatures = new WeakMap<LexiconEntryFields, readonly [string, string]>();

const stems = new Map<string, string>();

/** The stem of one word, cached: articles repeat their words. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = stemWord(word);
    if (stems.size < 100_000) stems.set(word, cached);
  }
  return cached;
}

// A crude suffix stripper: enough to make 'shelled', 'shelling' and 'shells' one feature,
// without the cost of a real lemmatiser on every sentence.
function stemWord(word: string): string {
  let w = word;
  if (/^\d+$/.test(w)) return '<num>';
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // Undo the doubled consonant: 'stopped' → 'stopp' → 'stop'.
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
