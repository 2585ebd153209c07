import type { InferredPart } from '../../model/time-value.js';
import type { Tense } from './clause-tense.js';
import { pad, type Day } from './calendar.js';

/**
 * The year of a month (and day) the text gives without one, from the reference day and the tense:
 * a past clause cannot speak of a date after publication, so such a date goes back a year; a
 * future clause moves a date before publication forward. With no reference day the year stays
 * unresolved ('XXXX'), never guessed.
 * Example: resolveYear({ y: 2016, m: 7, d: 28 }, 8, 5, 'past') → { year: 2015, inferred: ['year'] }.
 */
export function resolveYear(ref: Day | undefined, month: number, day: number | undefined, tense: Tense): { year?: number; inferred: InferredPart[] } {
  if (!ref) return { inferred: [] };
  const after = month > ref.m || (month === ref.m && day !== undefined && day > ref.d);
  const before = month < ref.m || (month === ref.m && day !== undefined && day < ref.d);
  let year = ref.y;
  if (tense === 'past' && after) year -= 1;
  else if (tense === 'future' && before) year += 1;
  return { year, inferred: ['year'] };
}

/** The timex of a month-day or month, 'XXXX' standing for an unresolved year. */
export function monthTimex(year: number | undefined, month: number, day?: number): string {
  const y = year === undefined ? 'XXXX' : pad(year, 4);
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}
