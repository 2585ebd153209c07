/**
 * A half-open [start, end) range of UTF-16 offsets into Document.text.
 * Example: { start: 412, end: 423 } where text.slice(412, 423) === '27 February'.
 */
export interface Span {
  start: number;
  end: number;
}

/** True when two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
