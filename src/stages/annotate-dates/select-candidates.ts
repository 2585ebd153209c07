import type { Candidate } from './candidate.js';

/**
 * Settles overlaps: the longest candidate wins ('July 14-15' over 'July'), then the one from
 * the earlier rule set. Returns the kept candidates in text order.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.end > c.start)
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || k.end <= c.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
