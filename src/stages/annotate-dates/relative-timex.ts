import { addDays, addMonths, formatDay, formatWeek, pad, quarterOf, type Day } from './calendar.js';

/** Calendar units a relative expression can count in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/**
 * The TIMEX3 value of the unit that holds `ref`, moved by `n` units, at that unit's granularity.
 * Example: relativeTimex({ y: 2016, m: 7, d: 28 }, 'week', -1) → '2016-W29'.
 */
export function relativeTimex(ref: Day, unit: CalendarUnit, n: number): string {
  switch (unit) {
    case 'day': return formatDay(addDays(ref, n));
    case 'week': return formatWeek(addDays(ref, 7 * n));
    case 'weekend': return formatWeek(addDays(ref, 7 * n)) + '-WE';
    case 'month': {
      const day = addMonths({ ...ref, d: 1 }, n);
      return `${pad(day.y, 4)}-${pad(day.m)}`;
    }
    case 'quarter': {
      const index = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    case 'half': {
      const index = ref.y * 2 + (ref.m > 6 ? 1 : 0) + n;
      return `${pad(Math.floor(index / 2), 4)}-H${(index % 2) + 1}`;
    }
    case 'year': return pad(ref.y + n, 4);
    case 'decade': return String(Math.floor(ref.y / 10) + n);
    case 'century': return String(Math.floor(ref.y / 100) + n);
  }
}

/** Shifts an already resolved timex by n of its own units ('1989-Q3', -4 → '1988-Q3'); undefined for other shapes. */
export function shiftTimex(timex: string, unit: CalendarUnit, n: number): string | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-Q([1-4])$/.exec(timex))) {
    const quarters = unit === 'year' ? 4 * n : unit === 'quarter' ? n : undefined;
    return quarters === undefined ? undefined : relativeTimex({ y: +match[1], m: (+match[2] - 1) * 3 + 1, d: 1 }, 'quarter', quarters);
  }
  if ((match = /^(\d{4})-H([12])$/.exec(timex)) && unit === 'year') return `${pad(+match[1] + n, 4)}-H${match[2]}`;
  if ((match = /^(\d{4})$/.exec(timex)) && unit === 'year') return pad(+match[1] + n, 4);
  if ((match = /^(\d{4})-(\d{2})$/.exec(timex))) {
    const months = unit === 'year' ? 12 * n : unit === 'month' ? n : undefined;
    return months === undefined ? undefined : relativeTimex({ y: +match[1], m: +match[2], d: 1 }, 'month', months);
  }
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex))) {
    const day = { y: +match[1], m: +match[2], d: +match[3] };
    if (unit === 'day') return relativeTimex(day, 'day', n);
    if (unit === 'week') return relativeTimex(day, 'day', 7 * n);
    if (unit === 'month') return formatDay(addMonths(day, n));
    if (unit === 'year') return formatDay(addMonths(day, 12 * n));
  }
  return undefined;
}
