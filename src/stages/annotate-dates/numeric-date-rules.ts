import type { Rule } from './candidate.js';
import { DIGITS } from './scan-rules.js';
import { daysInMonth, pad, toEpochDay, type Day } from './calendar.js';

/** A two-digit year as newspapers use it: '90 → 1990, '16 → 2016. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/**
 * Which of two leading numbers is the month: slashes and hyphens are American (7/14/2016),
 * dots European (14.07.2016); a number over 12 can only be the day whatever the separator.
 */
function monthAndDay(a: number, b: number, separator: string): { m: number; d: number } | undefined {
  const usFirst = separator !== '.';
  if (usFirst ? a <= 12 : b > 12 && a <= 12) return { m: a, d: b };
  if (b <= 12) return { m: b, d: a };
  return undefined;
}

/** How far from the publication date a page or story date lies, at most, to be read as one (days). */
const NEAR_PUBLICATION = 31;

/**
 * Two numbers of twelve or less read either way ('03-08-2016'): many outlets print their page
 * dates day-first whatever the separator, so when only the other reading lies within a month of
 * the publication date, that one is meant; otherwise the separator's convention stands.
 */
function nearerPublication(md: { m: number; d: number }, y: number, ref: Day | undefined): { m: number; d: number } {
  if (!ref || md.m === md.d || md.d > 12) return md;
  const other = { m: md.d, d: md.m };
  const distance = (x: { m: number; d: number }) => Math.abs(toEpochDay({ y, m: x.m, d: x.d }) - toEpochDay(ref));
  return distance(md) > NEAR_PUBLICATION && distance(other) <= NEAR_PUBLICATION ? other : md;
}

let rules: Rule[] | undefined;

/**
 * Numeric dates: "2016-07-14", "7/14/2016", "08-15-90", "14.07.2016", with a clock time after
 * them when there is one ("02/13/1998 14:26:00" is a TIME). Two numbers alone ("3/8", "3-2")
 * are fractions and scores, never dates.
 */
export function numericDateRules(): Rule[] {
  if (rules) return rules;
  const time = `(?:\\s+(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?::[0-5]\\d)?)?`;
  rules = [
    {
      name: 'numeric-date',
      pattern: new RegExp(`(?<![\\w./:$-])(?:(?<y>1[6-9]\\d\\d|20\\d\\d)(?<s1>[-/.])(?<ym>\\d{1,2})\\k<s1>(?<yd>\\d{1,2})|(?<a>\\d{1,2})(?<s2>[-/.])(?<b>\\d{1,2})\\k<s2>(?<yy>\\d{4}|\\d{2}))(?![\\w/:-]|[.,]\\d)${time}(?![\\w:])`, 'g'),
      triggers: [DIGITS],
      reach: 0,
      build(match, context) {
        const g = match.groups!;
        let y: number;
        let md: { m: number; d: number } | undefined;
        if (g.y) {
          y = Number(g.y);
          md = { m: Number(g.ym), d: Number(g.yd) };
        } else {
          y = fullYear(g.yy);
          md = monthAndDay(Number(g.a), Number(g.b), g.s2);
          if (md) md = nearerPublication(md, y, context.ref);
        }
        if (!md || md.m < 1 || md.m > 12 || md.d < 1 || md.d > daysInMonth(y, md.m)) return undefined;
        const day = `${pad(y, 4)}-${pad(md.m)}-${pad(md.d)}`;
        const start = match.index;
        const end = start + match[0].length;
        if (g.h) return { start, end, type: 'TIME', timex: `${day}T${pad(Number(g.h))}:${g.min}`, rule: 'numeric-date' };
        return { start, end, type: 'DATE', timex: day, rule: 'numeric-date' };
      },
    },
  ];
  return rules;
}
