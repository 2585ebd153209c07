import type { Span } from '../../model/span.js';

/** A time expression to score, gold or predicted. Example: { start: 3, end: 12, text: 'last week', type: 'DATE', value: '1989-W43' } */
export interface ScoredTimex extends Span {
  text: string;
  type: string;
  value: string;
}

/** Counts one document adds to the totals. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

/** One error, for analysis: a miss, a false alarm or a wrong value. Example: { doc: 'wsj_0006', kind: 'value', text: 'a year ago', gold: '1988-Q3', predicted: '1988' } */
export interface TimexMismatch {
  doc: string;
  kind: 'missed' | 'spurious' | 'value';
  text: string;
  gold?: string;
  predicted?: string;
}

/**
 * Scores like TempEval-3: each gold expression is paired with at most one prediction that
 * overlaps it (the exact span first, else the largest overlap); strict counts exact spans.
 */
export function scoreTimexes(gold: readonly ScoredTimex[], predicted: readonly ScoredTimex[], doc: string, mismatches: TimexMismatch[]): TimexCounts {
  const counts: TimexCounts = { gold: gold.length, predicted: predicted.length, strict: 0, relaxed: 0, value: 0, type: 0 };
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      const exact = p.start === g.start && p.end === g.end;
      const score = exact ? Infinity : overlap;
      if (overlap > 0 && score > bestOverlap) { best = i; bestOverlap = score; }
    });
    if (best < 0) {
      mismatches.push({ doc, kind: 'missed', text: g.text, gold: g.value });
      continue;
    }
    used.add(best);
    const p = predicted[best];
    counts.relaxed++;
    if (p.start === g.start && p.end === g.end) counts.strict++;
    if (p.type === g.type) counts.type++;
    if (p.value === g.value) counts.value++;
    else mismatches.push({ doc, kind: 'value', text: `${g.text} | ${p.text}`, gold: g.value, predicted: p.value });
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) mismatches.push({ doc, kind: 'spurious', text: p.text, predicted: p.value });
  });
  return counts;
}
