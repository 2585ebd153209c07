import type { EventRecord } from '../../model/event-record.js';
import type { Fatalities, Figure } from '../../model/fatalities.js';

/** The subsets of civilians a record may count without counting civilians (model/fatalities.ts). */
const PARTS = ['women', 'children'] as const;

/**
 * Women and children are civilians: 'a woman and her three children were killed' counts four civilians, though no
 * word says 'civilians'. A table with women or children and no civilian or unspecified count gets the civilian count
 * their single figures add up to (open when one of them is). With two figures of one part (rival counts, or the
 * same dead told twice) the sum is unknown, so nothing is added; and 'nine people, including three children' keeps
 * its nine as the total. Example: { women: [1], children: [3] } → civilian: [4] (evidence: from 'a woman' to 'three').
 */
export function withCivilianTotal(table: Fatalities | undefined): Fatalities | undefined {
  if (!table || table.civilian?.length || table.unspecified?.length) return table;
  const present = PARTS.filter((p) => (table[p]?.length ?? 0) > 0);
  const parts = present.map((p) => table[p]!);
  if (!parts.length || parts.some((list) => list.length !== 1)) return table;
  const figures = parts.map((list) => list[0]).sort((a, b) => a.evidence.start - b.evidence.start);
  const low = figures.reduce((sum, f) => sum + f.low, 0);
  const best = figures.reduce((sum, f) => sum + f.best, 0);
  const high = figures.some((f) => f.high === null) ? null : figures.reduce((sum, f) => sum + (f.high as number), 0);
  const total: Figure = {
    low, best, high,
    text: figures.map((f) => f.text).join(' + '),
    evidence: { start: figures[0].evidence.start, end: Math.max(...figures.map((f) => f.evidence.end)) },
    summedFrom: [...present],
  };
  // A total of 'dozens of children' is as vague as they are, and as approximate.
  const vague = figures.find((f) => f.vague)?.vague;
  if (vague) total.vague = vague;
  if (figures.some((f) => f.approximate)) total.approximate = true;
  return { ...table, civilian: [total] };
}

/** Gives every record's killed and injured tables their civilian total (see withCivilianTotal). */
export function civilianTotals(records: readonly EventRecord[]): void {
  for (const record of records) {
    for (const key of ['fatalities', 'injured'] as const) {
      const table = withCivilianTotal(record[key]);
      if (table) record[key] = table;
    }
  }
}
