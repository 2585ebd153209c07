import type { Span } from '../../model/span.js';

// 'The term neutralized is used by the authorities to mean the militants surrendered or were killed or captured',
// 'officials use the word "neutralized" to imply …': a sentence about what a word means tells no act, whatever verbs
// its definition holds.
const ABOUT_A_WORD = /\bthe\s+(?:term|word|expression)\b[^.]{0,160}?\b(?:to\s+mean|means|to\s+imply|implies|refers\s+to|to\s+refer\s+to)\b/i;

/**
 * True when the sentence says what a word means.
 * Example: definesAWord(text, sentence of 'The term neutralized is used to mean killed or captured.') === true
 */
export function definesAWord(text: string, sentence: Span): boolean {
  return ABOUT_A_WORD.test(text.slice(sentence.start, sentence.end));
}
