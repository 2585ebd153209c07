import type { Span } from '../../model/span.js';
import type { TimeValue, InferredPart } from '../../model/time-value.js';
import { addDays, daysInMonth, formatDay, toEpochDay, fromEpochDay, type Day } from './calendar.js';

// Meteorological seasons (northern hemisphere), as TimeML's SP/SU/FA/WI are read in news.
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The closed interval of days a TIMEX3 date value denotes, or undefined when the value is
 * not a calendar date (PRESENT_REF, P1W, XXXX-02-27 are handled by the caller).
 * Example: intervalOfTimex('2016-Q3') → { start: '2016-07-01', end: '2016-09-30', precision: 'quarter' }.
 */
export function intervalOfTimex(timex: string): Pick<TimeValue, 'start' | 'end' | 'precision'> | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex))) {
    const day = formatDay({ y: +match[1], m: +match[2], d: +match[3] });
    return { start: day, end: day, precision: 'day' };
  }
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(timex))) {
    const monday = mondayOfIsoWeek(+match[1], +match[2]);
    if (match[3]) return { start: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 6)), precision: 'week' };
    return { start: formatDay(monday), end: formatDay(addDays(monday, 6)), precision: 'week' };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(timex))) return monthRange(+match[1], +match[2], +match[2], 'month');
  if ((match = /^(\d{4})-Q([1-4])$/.exec(timex))) {
    const first = (+match[2] - 1) * 3 + 1;
    return monthRange(+match[1], first, first + 2, 'quarter');
  }
  if ((match = /^(\d{4})-H([12])$/.exec(timex))) {
    const first = match[2] === '1' ? 1 : 7;
    return monthRange(+match[1], first, first + 5, 'range');
  }
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex))) {
    const [first, last] = SEASON_MONTHS[match[2]];
    return monthRange(+match[1], first, last, 'season');
  }
  if ((match = /^(\d{4})$/.exec(timex))) return monthRange(+match[1], 1, 12, 'year');
  if ((match = /^(\d{3})$/.exec(timex))) {
    return { start: `${match[1]}0-01-01`, end: `${match[1]}9-12-31`, precision: 'decade' };
  }
  return undefined;
}

/** Months first..last of year y (last may run past 12 into the next year, for winter). */
function monthRange(y: number, first: number, last: number, precision: TimeValue['precision']): Pick<TimeValue, 'start' | 'end' | 'precision'> {
  const endYear = y + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return {
    start: formatDay({ y, m: first, d: 1 }),
    end: formatDay({ y: endYear, m: endMonth, d: daysInMonth(endYear, endMonth) }),
    precision,
  };
}

function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = toEpochDay({ y: year, m: 1, d: 4 });
  const jan4Dow = ((jan4 % 7) + 10) % 7; // Monday = 0
  return fromEpochDay(jan4 - jan4Dow + (week - 1) * 7);
}

/**
 * The TimeValue of a DATE/TIME mention from its timex, or undefined for vague references.
 * 'XXXX-02-27' (no year known) keeps month and day and lists the year as unresolved.
 */
export function valueOfTimex(timex: string, evidence: Span, inferred: InferredPart[]): TimeValue | undefined {
  const unresolvedYear = /^XXXX-(\d{2})(?:-(\d{2}))?/.exec(timex);
  if (unresolvedYear) {
    const value: TimeValue = { precision: unresolvedYear[2] ? 'day' : 'month', inferred, unresolved: ['year'], month: +unresolvedYear[1], evidence };
    if (unresolvedYear[2]) value.day = +unresolvedYear[2];
    return value;
  }
  const interval = intervalOfTimex(timex);
  if (!interval) return undefined;
  // Field by field, in the spread's order: an object spread here cost a twelfth of the stage.
  return { start: interval.start, end: interval.end, precision: interval.precision, inferred, evidence };
}

/** Days of each part of a week, from its Monday: 'the beginning of the week' is Monday and Tuesday. */
const WEEK_PARTS = { start: [0, 1], middle: [2, 3], end: [4, 6] } as const;
/** A year in thirds, as 'early 2016' is read. */
const YEAR_PARTS = { start: ['01-01', '04-30'], middle: ['05-01', '08-31'], end: ['09-01', '12-31'] } as const;

/**
 * The days of the part of a week or year a phrase names ('the beginning of the week', 'the end of the
 * year'): the timex stays the whole (TimeML's mod), the interval narrows. Other values stay whole.
 */
export function partOfValue(value: TimeValue, part: 'start' | 'middle' | 'end'): TimeValue {
  if (!value.start || !value.end) return value;
  if (value.precision === 'week') {
    const [first, last] = WEEK_PARTS[part];
    const [y, m, d] = value.start.split('-').map(Number);
    const monday = { y, m, d };
    return { ...value, start: formatDay(addDays(monday, first)), end: formatDay(addDays(monday, last)), precision: 'range' };
  }
  if (value.precision === 'year') {
    const [from, to] = YEAR_PARTS[part];
    const y = value.start.slice(0, 4);
    return { ...value, start: `${y}-${from}`, end: `${y}-${to}`, precision: 'range' };
  }
  return value;
}
