import type { Span } from '../../model/span.js';

/** Every occurrence of `needle` in `text` as a span (the reference quotes substrings, not offsets). */
export function findSpans(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length });
  return spans;
}
