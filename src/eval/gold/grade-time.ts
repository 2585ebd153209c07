import type { TimeValue } from '../../model/time-value.js';
import type { GoldRange, GoldWhen } from './gold-types.js';

/**
 * True when sitrep's time lies inside the reference interval or one of its accepted ones
 * (SCHEMA.md, `when`). A reference with no start accepts no time, one that ends by its end, or an accepted one.
 */
export function timeMatches(system: TimeValue | undefined, when: GoldWhen | null | undefined): boolean {
  const interval = system?.start && system?.end ? { start: system.start, end: system.end } : undefined;
  if (!when || (when.start === null && when.end === null)) {
    return interval === undefined || acceptedRanges(when).some((r) => inside(interval, r));
  }
  if (when.start === null) {
    return interval === undefined || (when.end !== null && interval.end <= when.end) || acceptedRanges(when).some((r) => inside(interval, r));
  }
  if (!interval) return false;
  const ranges = [{ start: when.start, end: when.end ?? '9999-12-31' }, ...acceptedRanges(when)];
  return ranges.some((r) => inside(interval, r));
}

function inside(interval: { start: string; end: string }, range: { start: string; end: string }): boolean {
  return interval.start >= range.start && interval.end <= range.end;
}

function acceptedRanges(when: GoldWhen | null | undefined): { start: string; end: string }[] {
  if (!when) return [];
  const out: { start: string; end: string }[] = [];
  for (const a of when.accept ?? []) out.push(typeof a === 'string' ? { start: a, end: a } : { start: a[0], end: a[1] });
  const extra = when.accept_range;
  if (extra) {
    const list: GoldRange[] = Array.isArray(extra) && (extra.length === 0 || typeof extra[0] !== 'string') ? (extra as GoldRange[]) : [extra as GoldRange];
    for (const r of list) out.push(Array.isArray(r) ? { start: r[0], end: r[1] } : r);
  }
  return out;
}
