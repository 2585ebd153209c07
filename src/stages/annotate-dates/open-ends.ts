import type { Candidate } from './candidate.js';

// TimeML keeps an open end inside the expression, as its mod attribute says: "1994 or later" (ON_OR_AFTER),
// "five years or more" (EQUAL_OR_MORE), "the next two years or so" (APPROX). The value stays the stated one.
const OPEN_END = /^\s+(?:or\s+(?:later|earlier|more|less|longer|so)|and\s+beyond)\b/i;
// "weeks or months", "recent weeks and months": a second vague unit joins the first in one stretch.
const SECOND_UNIT = /^\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades)\b(?!\s+(?:ago|earlier|later|before|after)\b)/i;
// "around year end", "around 1990": an approximation of a point in time, TimeML's mod APPROX, inside the expression.
const APPROX_BEFORE = /\b(?:around|approximately|roughly|circa)\s+$/i;
const ENDS_IN_PLURAL_UNIT = /(?:hours|days|weeks|months|years|decades)$/i;

function vague(c: Candidate): boolean {
  return (c.type === 'DURATION' && c.timex.startsWith('PX')) || c.timex === 'PAST_REF' || c.timex === 'FUTURE_REF';
}

/**
 * Widens each candidate over an approximation before it, and over an open end or a second vague unit
 * after it; a candidate inside what it takes is dropped.
 */
export function widenOpenEnds(candidates: Candidate[], text: string): Candidate[] {
  const swallowed = new Set<Candidate>();
  candidates.forEach((c, i) => {
    if (swallowed.has(c)) return;
    const approx = c.type === 'DATE' || c.type === 'TIME' ? APPROX_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    if (approx && !(i > 0 && candidates[i - 1].end > c.start - approx[0].length)) c.start -= approx[0].length;
    const after = text.slice(c.end, c.end + 28);
    const m = OPEN_END.exec(after) ?? (vague(c) && ENDS_IN_PLURAL_UNIT.test(text.slice(c.start, c.end)) ? SECOND_UNIT.exec(after) : null);
    if (!m) return;
    const end = c.end + m[0].length;
    const inside = candidates.slice(i + 1).filter((n) => n.start < end);
    if (inside.some((n) => n.end > end)) return;
    for (const n of inside) swallowed.add(n);
    c.end = end;
  });
  return swallowed.size ? candidates.filter((c) => !swallowed.has(c)) : candidates;
}
