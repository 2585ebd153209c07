import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineStage } from '../stage.js';
import type { Token, Sentence } from '../../model/token.js';
import { splitTagLists } from './tag-list.js';
import { internWord } from './intern-word.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Only the parts of wink-nlp's pipe sitrep reads: sentence boundaries, negation and POS. Its
 * sentiment and entity passes cost a third of the time and change no token, tag or boundary
 * (checked on the seed, the gold-dev texts and the examples: 0 differences in 38,076 values).
 */
const PIPE = ['sbd', 'negation', 'pos'];

function loadNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP({ ...model, addons: { ...model.addons, lemmatize: rememberLemmas(model.addons.lemmatize as Lemmatize) } }, PIPE);
  return nlp;
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Most word forms a stream of news brings, with each tag; past that, new forms are lemmatised every time. */
const LEMMA_MEMO_SIZE = 50_000;

/**
 * wink-nlp lemmatises every word whose lemma its lexicon does not hold (a quarter of a news article's
 * tokens), each time it appears, by trying suffixes against the lexicon. The answer depends only on the
 * form and its tag (the lexicon it checks is the model's own, never the words a document adds), so it is
 * worked out once per form and tag. Wrapped on a copy of the model's addons: the model itself is left as it is.
 */
function rememberLemmas(lemmatize: Lemmatize): Lemmatize {
  // Tag, then form: both strings come from wink-nlp's own tables, so neither is built anew for the lookup
  // (a joined 'NOUN strikes' key cost a new string and its hash on every token).
  const byTag = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    let known = byTag.get(pos);
    if (known === undefined) byTag.set(pos, (known = new Map()));
    let lemma = known.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (size < LEMMA_MEMO_SIZE) {
        known.set(value, lemma);
        size++;
      }
    }
    return lemma;
  };
}

/**
 * Discourse words that open a sentence. Capitalised right after a word, with no punctuation between,
 * they mark a full stop a scraped text lost ("… in Aleppo City Meanwhile in Damascus …"): the two
 * reports must not share a sentence, or one takes the other's toll and place.
 */
const RUN_ON_OPENERS = new Set(['Meanwhile', 'Elsewhere', 'Separately', 'Earlier', 'Later', 'However', 'Moreover', 'Furthermore', 'Additionally']);

/** True when a token ends in a letter or digit: a word, not punctuation. */
function endsWord(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

/**
 * Splits the text into sentences and tokens with wink-nlp, and anchors every token on the
 * original text. Whitespace tokens are dropped; a blank line always ends a sentence, because
 * headlines and datelines carry no full stop, and so does a run-on discourse word (RUN_ON_OPENERS) and
 * the end of a page's tag list run into the lead (splitTagLists).
 */
export function segmentText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const engine = loadNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const negation = all.out(its.negationFlag) as unknown as boolean[];
  // [first, last] token indexes of each sentence, inclusive.
  const bounds = (doc.sentences() as unknown as { out(f: unknown): [number, number][] }).out(its.span);
  const sentenceOf = new Int32Array(values.length).fill(-1);
  bounds.forEach(([first, last], s) => sentenceOf.fill(s, first, last + 1));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let open = -1;
  let openWink = -1;
  const close = () => {
    if (open >= 0 && tokens.length > open) {
      const first = tokens[open];
      const last = tokens[tokens.length - 1];
      const index = sentences.length;
      sentences.push({ start: first.start, end: last.end, tokenStart: open, tokenEnd: tokens.length });
      for (let i = open; i < tokens.length; i++) tokens[i].sentence = index;
    }
    open = -1;
  };
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const start = locate(text, value, cursor);
    if (start < 0) continue; // wink-nlp never rewrites values; this guards against a future change.
    const end = start + value.length;
    const gapHasBlankLine = start > cursor && hasBlankLine(text, cursor, start);
    cursor = end;
    if (pos[i] === 'SPACE' || value.trim() === '') {
      if (hasBlankLine(value, 0, value.length)) close();
      continue;
    }
    if (open >= 0 && (gapHasBlankLine || sentenceOf[i] !== openWink || (RUN_ON_OPENERS.has(value) && endsWord(tokens[tokens.length - 1].text)))) close();
    if (open < 0) {
      open = tokens.length;
      openWink = sentenceOf[i];
    }
    const word = internWord(value);
    const lower = internWord(value.toLowerCase());
    const lemma = lemmas[i];
    tokens.push({ start, end, text: word, lower, pos: pos[i], lemma: lemma === undefined ? lower : internWord(lemma), sentence: -1, negated: Boolean(negation[i]) });
  }
  close();
  return { sentences: splitTagLists(sentences, tokens), tokens };
}

/**
 * Where token `value` starts at or after `cursor`: text.indexOf(value, cursor), found by stepping over
 * the spaces before it, since a word token cannot start inside them. Why: indexOf sets up a string search
 * on every call, and every token after a space paid for it.
 */
function locate(text: string, value: string, cursor: number): number {
  if (value.length === 0 || isWhite(value.charCodeAt(0))) return text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
  let at = cursor;
  while (at < text.length && isWhite(text.charCodeAt(at))) at++;
  return text.startsWith(value, at) ? at : text.indexOf(value, at);
}

/**
 * True when text[from, to) holds two line breaks with only other whitespace between them:
 * what /\n[^\S\n]*\n/ finds, without slicing the gap before every token.
 */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let afterBreak = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (afterBreak) return true;
      afterBreak = true;
    } else if (afterBreak && !isWhite(c)) afterBreak = false;
  }
  return false;
}

// JavaScript's \s: what [^\S\n] allows between the two line breaks.
function isWhite(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Stage: sentences and tokens. */
export const segment = defineStage({
  name: 'segment',
  needs: [],
  adds: ['sentences', 'tokens'],
  run: (doc) => segmentText(doc.text),
});
