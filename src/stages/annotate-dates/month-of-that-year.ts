import type { Rule } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords } from './time-words.js';
import { pad } from './calendar.js';

/** Which year 'of the … year' points to, from the year last stated. */
const SHIFT: Record<string, number> = { that: 0, same: 0, following: 1, next: 1, previous: -1, preceding: -1, prior: -1 };

/**
 * 'November of that year', 'March of the following year', '12 May of the same year': a month (or a
 * day of it) in the year under discussion, not the one before publication that a bare month takes.
 * Resolved against the last date stated before it, like 'that year'.
 */
export function monthOfThatYearRules(): Rule[] {
  const words = timeWords();
  return [{
    name: 'month-of-that-year',
    triggers: ['year'], reach: 40,
    pattern: new RegExp(`\\b(?:(?<day>\\d{1,2})\\s+)?(?<month>${words.alternation.month})\\.?\\s+(?:(?<day2>\\d{1,2}),?\\s+)?of\\s+(?:that|the\\s+(?<which>same|following|next|previous|preceding|prior))\\s+year\\b`, 'gi'),
    build(match) {
      const g = match.groups!;
      // Month names are capitalised: 'may of that year' is the verb.
      if (!/^[A-Z]/.test(g.month)) return undefined;
      const month = Number(words.byKind.month.get(g.month.toLowerCase()));
      const day = g.day ?? g.day2;
      if (!month || (day && (Number(day) < 1 || Number(day) > 31))) return undefined;
      const { start, end } = spanOf(match);
      const part = day ? `${pad(month)}-${pad(Number(day))}` : pad(month);
      return { start, end, type: 'DATE', timex: 'XXXX', rule: 'month-of-that-year', anaphor: { unit: 'year', shift: SHIFT[(g.which ?? 'that').toLowerCase()], part } };
    },
  }];
}
