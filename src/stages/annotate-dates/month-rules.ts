import type { Candidate, Rule, RuleContext } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords, triggerWords } from './time-words.js';
import { DIGITS } from './scan-rules.js';
import { SPELLED_YEAR, spelledYearValue } from './spelled-year.js';
import { resolveYear, monthTimex } from './resolve-year.js';
import { daysInMonth, weekday, type Day } from './calendar.js';

// Words before a capitalised "May" that make it the month, not the modal verb.
const MAY_BEFORE = /(?:in|of|since|until|till|last|this|next|early|mid|late|by|during|from|through|before|after|and|or|to|between|end|beginning|middle)[\s-]+$/i;

const RELATIVE_YEAR: Record<string, number> = { this: 0, last: -1, next: 1 };

const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function monthNumber(word: string): number | undefined {
  const value = timeWords().byKind.month.get(word.toLowerCase());
  return value ? Number(value) : undefined;
}

/** Month names must be capitalised; "May" needs a day, a year or a word that calls for a month. */
function isMonthWord(word: string, match: RegExpExecArray, context: RuleContext, hasNumbers: boolean): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  if (word === 'May' || word === 'MAY') return hasNumbers || MAY_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index + match[0].indexOf(word)));
  return true;
}

/** Part of a month that "early", "mid", "late", "the end of" name: early = 1-10, mid = 11-20, late = 21-end. */
function monthPart(mod: string | undefined, y: number, m: number): { first: number; last: number } | undefined {
  if (!mod) return undefined;
  const word = mod.toLowerCase();
  const end = daysInMonth(y, m);
  if (/early|beginning|start/.test(word)) return { first: 1, last: 10 };
  if (/mid|middle/.test(word)) return { first: 11, last: 20 };
  if (/late|end/.test(word)) return { first: 21, last: end };
  return undefined;
}

/** The year next to `year` in which the stated weekday falls on that day, trusted over the tense ("Saturday, April 25"). */
function yearOfWeekday(year: number, month: number, day: number, name: string): number {
  const wanted = Number(timeWords().byKind.weekday.get(name.toLowerCase()));
  const fits = (y: number) => day <= daysInMonth(y, month) && weekday({ y, m: month, d: day }) === wanted;
  return [year, year + 1, year - 1].find(fits) ?? year;
}

function build(match: RegExpExecArray, context: RuleContext, rule: string): Candidate | undefined {
  const g = match.groups!;
  const month = monthNumber(g.month);
  if (!month) return undefined;
  const spelled = g.d1w ?? g.dayBefore;
  const d1 = g.d1 ? Number(g.d1) : spelled ? Number(timeWords().byKind.ordinal.get(spelled.toLowerCase().replace(/\s+/g, ' '))) : undefined;
  const d2 = g.d2 ? Number(g.d2) : undefined;
  // A spelled day does not make "May" a month: "May first be heard" is the verb.
  if (!isMonthWord(g.month, match, context, Boolean(g.d1 || g.year || g.spelled || g.rel))) return undefined;
  if ((d1 !== undefined && (d1 < 1 || d1 > 31)) || (d2 !== undefined && (d2 <= (d1 ?? 0) || d2 > 31))) return undefined;
  const span = spanOf(match);
  const start = span.start;
  // The dot after a full month name ends the sentence; it belongs to abbreviations only ("Aug.").
  const end = match[0].endsWith(g.month + '.') && !ABBREVIATIONS.has(g.month.toLowerCase()) ? span.end - 1 : span.end;
  let year = g.year ? Number(g.year) : g.spelled ? spelledYearValue(g.spelled) : undefined;
  let inferred: Candidate['inferred'] = [];
  if (g.rel) year = context.ref ? context.ref.y + RELATIVE_YEAR[g.rel.toLowerCase()] : undefined;
  else if (year === undefined) {
    ({ year, inferred } = resolveYear(context.ref, month, d1, context.tenseAt(start, end)));
    if (year !== undefined && d1 !== undefined && g.weekday) year = yearOfWeekday(year, month, d1, g.weekday);
  }
  const candidate: Candidate = { start, end, type: 'DATE', timex: monthTimex(year, month, d1), rule, inferred };
  const part = g.part && d2 === undefined ? timeWords().byKind['part-of-day'].get(g.part.toLowerCase()) : undefined;
  if (part) return { ...candidate, type: 'TIME', timex: `${candidate.timex}T${part}` };
  if (year === undefined) return candidate;
  if (d1 !== undefined && d2 !== undefined) {
    candidate.interval = { start: { y: year, m: month, d: d1 }, end: { y: year, m: month, d: d2 }, precision: 'range' };
  } else if (d1 === undefined) {
    const part = monthPart(g.mod, year, month);
    if (part) candidate.interval = { start: { y: year, m: month, d: part.first }, end: { y: year, m: month, d: part.last }, precision: 'range' };
  }
  return candidate;
}

let rules: Rule[] | undefined;

/** Dates written with a month name: "27 February", "July 14-15", "Aug. 2, 1990", "early August", "June 1990", "June last year". */
export function monthRules(): Rule[] {
  if (rules) return rules;
  const monthStems = triggerWords('month');
  // Only an abbreviation takes a dot: after "March" it ends the sentence ("on 27 March. 2 soldiers died").
  const month = `(?<month>${timeWords().alternation.month})(?:(?<=\\b(?:${[...ABBREVIATIONS].join('|')}))\\.)?`;
  const ord = '(?:st|nd|rd|th)?';
  // "Jan. 1 and 10% year to date": a percentage after "and" is no second day.
  const range = `(?:\\s*(?:-|–|to|and|through)\\s*(?<d2>\\d{1,2})${ord}(?![\\d%]|[.,]\\d|\\s*(?:percent|per\\s+cent)\\b))?`;
  // "June last year", "January of this year": the year named relative to publication.
  const year = `(?:,?\\s+(?:(?<year>1\\d{3}|20\\d{2})|(?<spelled>${SPELLED_YEAR})(?![\\w-]))|\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year(?![\\w-]))?`;
  // "Saturday, April 25" is one date; the weekday only confirms it.
  const ordinal = timeWords().alternation.ordinal;
  const weekday = `(?:(?<weekday>${timeWords().alternation.weekday}),?\\s+(?=\\w+\\.?\\s+(?:\\d|(?:${ordinal})(?![\\w-]))))?`;
  // "March eighth", "June twenty-first": the day spelled as broadcasts say it.
  const spelledDay = `(?:the\\s+)?(?<d1w>${ordinal})(?![\\w-])`;
  const mod = `(?<mod>(?:early|mid|late|the\\s+(?:beginning|start|end|middle)\\s+of)[\\s-]+)?`;
  rules = [
    {
      name: 'month-day',
      triggers: monthStems, reach: 30,
      // "the first of May" too: one regex, tried where the month-day one is, costs less than a rule of its own.
      pattern: new RegExp(`\\b(?:around\\s+)?(?:the\\s+(?<dayBefore>${ordinal})\\s+of\\s+)?${weekday}${mod}${month}(?:\\s+(?:(?<d1>\\d{1,2})${ord}${range}|${spelledDay}))?${year}(?![\\w])`, 'gi'),
      build: (m, c) => build(m, c, 'month-day'),
    },
    {
      // Scraped datelines lose the space between day and year: 'Last updated at Apr 152017'.
      name: 'month-day-glued-year',
      triggers: monthStems, reach: 30,
      pattern: new RegExp(`\\b${month}\\s+(?<d1>\\d{1,2})(?<year>(?:19|20)\\d{2})(?![\\w])`, 'gi'),
      build: (m, c) => build(m, c, 'month-day-glued-year'),
    },
    {
      name: 'day-month',
      triggers: [DIGITS], reach: 0,
      pattern: new RegExp(`\\b(?<d1>\\d{1,2})${ord}${range}\\s+(?:of\\s+)?${month}${year}(?![\\w])`, 'gi'),
      build: (m, c) => build(m, c, 'day-month'),
    },
    {
      // "the night of Feb. 3", "the morning of 12 July": that part of that day, a TIME.
      name: 'part-of-date',
      triggers: ['morning', 'afternoon', 'evening', 'night'], reach: 4,
      pattern: new RegExp(`\\bthe\\s+(?<part>morning|afternoon|evening|night)\\s+of\\s+(?:${month}\\s+(?<d1>\\d{1,2})${ord}|(?<dayFirst>\\d{1,2})${ord}\\s+(?:of\\s+)?${month.replace('(?<month>', '(?<monthAfter>')})${year}(?![\\w])`, 'gi'),
      build(match, context) {
        const g = match.groups!;
        // One build for both orders: the day and month under the names it reads.
        if (g.dayFirst) Object.assign(g, { d1: g.dayFirst, month: g.monthAfter });
        return build(match, context, 'part-of-date');
      },
    },
    {
      name: 'month-range',
      triggers: ['between'], reach: 0,
      pattern: new RegExp(`\\bbetween\\s+(?<core>${month}\\s+and\\s+(?<month2>${timeWords().alternation.month})\\.?${year})(?![\\w])`, 'gi'),
      build(match, context) {
        const first = build(match, context, 'month-range');
        const last = monthNumber(match.groups!.month2);
        const startDay: Day | undefined = first?.timex.startsWith('XXXX') ? undefined : { y: Number(first?.timex.slice(0, 4)), m: monthNumber(match.groups!.month)!, d: 1 };
        if (!first || !last || !startDay) return first;
        const endYear = last < startDay.m ? startDay.y + 1 : startDay.y;
        first.interval = { start: startDay, end: { y: endYear, m: last, d: daysInMonth(endYear, last) }, precision: 'range' };
        return first;
      },
    },
  ];
  return rules;
}
