import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defineStage } from '../stage.js';
import type { Token, Sentence } from '../../model/token.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Only the parts of wink-nlp's pipe sitrep reads: sentence boundaries, negation and POS. Its
 * sentiment and entity passes cost a third of the time and change no token, tag or boundary
 * (checked on the seed, the gold-dev texts and the examples: 0 differences in 38,076 values).
 */
const PIPE = ['sbd', 'negation', 'pos'];

function loadNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}

/**
 * Splits the text into sentences and tokens with wink-nlp, and anchors every token on the
 * original text. Whitespace tokens are dropped; a blank line always ends a sentence, because
 * headlines and datelines carry no full stop.
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
    const start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) continue; // wink-nlp never rewrites values; this guards against a future change.
    const end = start + value.length;
    const gapHasBlankLine = start > cursor && /\n[^\S\n]*\n/.test(text.slice(cursor, start));
    cursor = end;
    if (pos[i] === 'SPACE' || value.trim() === '') {
      if (value.includes('\n') && /\n[^\S\n]*\n/.test(value)) close();
      continue;
    }
    if (open >= 0 && (gapHasBlankLine || sentenceOf[i] !== openWink)) close();
    if (open < 0) {
      open = tokens.length;
      openWink = sentenceOf[i];
    }
    tokens.push({ start, end, text: value, lower: value.toLowerCase(), pos: pos[i], lemma: lemmas[i] ?? value.toLowerCase(), sentence: -1, negated: Boolean(negation[i]) });
  }
  close();
  return { sentences, tokens };
}

/** Stage: sentences and tokens. */
export const segment = defineStage({
  name: 'segment',
  needs: [],
  adds: ['sentences', 'tokens'],
  run: (doc) => segmentText(doc.text),
});
