import type { Span } from './span.js';

/**
 * One token, as wink-nlp segments it, with offsets on the original text.
 * Example: { start: 0, end: 10, text: 'Washington', lower: 'washington', pos: 'PROPN', lemma: 'washington', sentence: 0 }
 */
export interface Token extends Span {
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, AUX, ADP, NUM … */
  pos: string;
  lemma: string;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** wink-nlp marks tokens inside the scope of a negation ("did not attack"). */
  negated: boolean;
}

/**
 * One sentence. Example: { start: 0, end: 73, tokenStart: 0, tokenEnd: 14 }
 */
export interface Sentence extends Span {
  /** Index of its first token in Layers.tokens. */
  tokenStart: number;
  /** One past the index of its last token. */
  tokenEnd: number;
}
