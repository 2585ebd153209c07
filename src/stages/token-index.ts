import type { Span } from '../model/span.js';

// Binary searches over the sorted token and sentence layers: several stages ask which token or
// sentence an offset falls in, many times per document.

/** The index of the sentence that holds an offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the first token that starts at or after an offset (tokens.length when none does). */
export function firstTokenFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
