import type { InferredPart } from '../../model/time-value.js';
import type { Tense } from './clause-tense.js';
import { pad, type Day } from './calendar.js';

// With no tense to go by, the occurrence nearest publication is the likelier one ("worth $130
// million in October", written in January, is last October).
const HALF_YEAR_DAYS = 183;
// A present perfect takes no definite past date ("*has met on Nov. 10"), so a date this close ahead
// of publication is a plan the clause reports ("has set Nov. 10 as the deadline"), not last year's.
const PERFECT_AHEAD_DAYS = 62;

/**
 * The year of a month (and day) the text gives without one, from the reference day and the tense:
 * a past clause speaks of a date before publication, so a later date goes back a year (in a present
 * perfect, only one more than two months ahead; never the bare month after publication's); a future clause moves a date before publication forward; a present or
 * tenseless clause takes the occurrence nearest publication. With no reference day the year
 * stays unresolved ('XXXX'), never guessed.
 * Example: resolveYear({ y: 2016, m: 7, d: 28 }, 10, 5, 'past') → { year: 2015, inferred: ['year'] }.
 */
export function resolveYear(ref: Day | undefined, month: number, day: number | undefined, tense: Tense): { year?: number; inferred: InferredPart[] } {
  if (!ref) return { inferred: [] };
  // Days from the reference day to the date in the same year, by 31-day months; a bare month counts from its middle.
  const ahead = (month - ref.m) * 31 + ((day ?? 16) - ref.d);
  const after = month > ref.m || (month === ref.m && day !== undefined && day > ref.d);
  const before = month < ref.m || (month === ref.m && day !== undefined && day < ref.d);
  let year = ref.y;
  // A bare month just after publication's, in a past clause, is a plan the clause reports ("announced
  // a cut in September", written in August): a writer meaning last year's would say "last September".
  const planNextMonth = tense === 'past' && day === undefined && month === ref.m + 1;
  if (tense === 'past' || tense === 'perfect') {
    if (after && !(tense === 'perfect' && ahead <= PERFECT_AHEAD_DAYS) && !planNextMonth) year -= 1;
  } else if (tense === 'future') {
    if (before) year += 1;
  } else if (ahead > HALF_YEAR_DAYS) {
    year -= 1;
  } else if (ahead < -HALF_YEAR_DAYS) {
    year += 1;
  }
  return { year, inferred: ['year'] };
}

/** The timex of a month-day or month, 'XXXX' standing for an unresolved year. */
export function monthTimex(year: number | undefined, month: number, day?: number): string {
  const y = year === undefined ? 'XXXX' : pad(year, 4);
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}
