import type { Span } from '../../model/span.js';

/**
 * A word or punctuation mark of one sentence, with its offsets on the document text.
 * Example: { start: 120, end: 127, text: 'killed', lower: 'killed' }
 */
export interface Word extends Span {
  text: string;
  lower: string;
}

// Digits keep their thousands separators and decimals ("400,000", "1.5") and an ordinal suffix
// ("3rd") so an ordinal never reads as a count; hyphens are their own words so "twenty-five",
// "10-15" and "12-year-old" can be read part by part.
const WORD = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]/g;

/** Splits text[start, end) into words with offsets on the whole text. */
export function scanWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const wordEnd = Math.min(m.index + m[0].length, end);
    const value = wordEnd === m.index + m[0].length ? m[0] : text.slice(m.index, wordEnd);
    words.push({ start: m.index, end: wordEnd, text: value, lower: value.toLowerCase() });
  }
  return words;
}

/** True when the word is a mark, not a word or number. */
export function isPunctuation(word: Word | undefined): boolean {
  return word !== undefined && !/[A-Za-z\d]/.test(word.text);
}
