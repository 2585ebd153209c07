/**
 * The word keys that lexicon phrases and article tokens are compared by. Both sides go through the
 * same rules, so 'U.S.' matches 'US', 'al-Nusra' matches 'al Nusra', and "People's" matches the
 * tokens "People" + "'s" (wink-nlp splits hyphens and possessives off as their own tokens).
 */

/** One word of a lexicon phrase. Example: { key: 'us', upper: true, capital: true } for 'U.S.' */
export interface PhraseWord {
  key: string;
  /** Written in capitals ('IS', 'VSK'): matches only a word in capitals. */
  upper: boolean;
  /** Written with a capital first letter. */
  capital: boolean;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s-]+/;

const foldedKeys = new Map<string, string>();

/** The comparison key of one word: lower case, no diacritics, no full stops, no inner apostrophes. */
export function wordKey(word: string, lower?: string): string {
  // Most words are plain ASCII ('Kerry', ',', '2016'): for them foldKey only lower-cases,
  // and its normalisation and four regex passes cost more than the rest of the word's lookup.
  if (plainAscii(word)) return lower ?? word.toLowerCase();
  // The rest ('“', '’s', 'U.S.', 'Aïn') come back in every article: fold each once (bounded).
  let key = foldedKeys.get(word);
  if (key === undefined) {
    if (foldedKeys.size >= 50_000) foldedKeys.clear();
    key = foldKey(word);
    foldedKeys.set(word, key);
  }
  return key;
}

function foldKey(word: string): string {
  const w = word.normalize('NFD').replace(DIACRITICS, '').replace(/[’‘`]/g, "'").toLowerCase();
  if (w === "'s" || w === "s'") return "'s";
  const stripped = w.replace(/\./g, '').replace(/(\w)'(\w)/g, '$1$2');
  return stripped || w;
}

// ASCII with no full stop, apostrophe or backtick: NFD and the diacritics leave it as it is, and
// neither foldKey's possessive nor its stripping rules apply.
function plainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 39 || c === 96) return false;
  }
  return word.length > 0;
}

/** True when a word has letters and none of them lower case ('IS', 'U.S.'), with two letters at least. */
export function isUpperWord(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = word[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

/** True when a word starts with a capital letter. */
export function isCapitalWord(word: string): boolean {
  // ASCII first letters (nearly all) need no lower-cased copy.
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Splits a lexicon phrase into words: on spaces and hyphens, with possessive 's as a word. */
export function phraseWords(phrase: string): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const part of phrase.split(SEPARATORS)) {
    if (!part) continue;
    const possessive = part.length > 2 && (part.endsWith("'s") || part.endsWith('’s'));
    const pieces = possessive ? [part.slice(0, -2), "'s"] : [part];
    for (const piece of pieces) {
      const key = wordKey(piece);
      if (!key || key === '(' || key === ')' || key === ',') continue;
      // Long words in capitals are shouting, not acronyms: 'DAMASCUS' in a headline still matches 'Damascus'.
      out.push({ key, upper: piece.length <= 8 && isUpperWord(piece), capital: isCapitalWord(piece) });
    }
  }
  return out;
}
