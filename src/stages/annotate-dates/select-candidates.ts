import type { Candidate } from './candidate.js';

/**
 * Settles overlaps: the longest candidate wins ('July 14-15' over 'July'), then the one from
 * the earlier rule set; one that names the same day widens it. Returns the kept candidates in text order.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.end > c.start)
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    const overlapped = kept.filter((k) => c.end > k.start && k.end > c.start);
    if (!overlapped.length) kept.push(c);
    else if (overlapped.length === 1) widenOnSameDay(overlapped[0], c, kept);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "this coming Sunday, March 8": two readings that overlap and name the same day are one expression,
 * so the kept one takes the other's words too (unless that runs into a third expression).
 */
function widenOnSameDay(k: Candidate, c: Candidate, kept: readonly Candidate[]): void {
  if (k.type !== 'DATE' || c.type !== 'DATE' || k.timex !== c.timex || !/^\d{4}-\d{2}-\d{2}$/.test(k.timex)) return;
  const start = Math.min(k.start, c.start);
  const end = Math.max(k.end, c.end);
  if (kept.some((o) => o !== k && end > o.start && o.end > start)) return;
  k.start = start;
  k.end = end;
}
