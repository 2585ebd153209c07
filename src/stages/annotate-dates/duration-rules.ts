import type { Candidate, Rule, RuleContext } from './candidate.js';
import { spanOf } from './candidate.js';
import type { CalendarUnit } from './relative-timex.js';
import { relativeTimex } from './relative-timex.js';
import { timeWords, numberValue, triggerWords } from './time-words.js';

// Days in each TIMEX3 unit, approximate for months and years, so durations can be compared.
const UNIT_DAYS: Record<string, number> = { TS: 1 / 86400, TM: 1 / 1440, TH: 1 / 24, D: 1, W: 7, '2W': 14, M: 30.44, Q: 91.31, Y: 365.25, DE: 3652.5, CE: 36525 };
const CALENDAR_UNIT: Record<string, CalendarUnit> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century' };
// A price or count before "a year" makes it a rate ("$5 a year", "twice a day"): a SET, not a duration.
const RATE_BEFORE = /(?:\d|%|dollars?|cents?|times|twice|once|million|billion|percent|units?|barrels?|tons?)\s*$/i;

/** The TIMEX3 duration for n units ('Y', 3 → 'P3Y'; 'TH', 12 → 'PT12H'; 'DE', 2 → 'P20Y'). */
export function durationTimex(unit: string, n: number | 'X'): string {
  if (unit === 'DE') return n === 'X' ? 'PXE' : `P${n * 10}Y`;
  if (unit === 'CE') return n === 'X' ? 'PXC' : `P${n * 100}Y`;
  if (unit === '2W') return n === 'X' ? 'PXW' : `P${n * 2}W`;
  return unit.startsWith('T') ? `PT${n}${unit.slice(1)}` : `P${n}${unit}`;
}

function durationDays(unit: string, n: number | 'X'): number | undefined {
  return n === 'X' ? undefined : Math.round(n * UNIT_DAYS[unit] * 1000) / 1000;
}

function unitCode(word: string): string | undefined {
  return timeWords().byKind.unit.get(word.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century'));
}

function buildCounted(match: RegExpExecArray, context: RuleContext): Candidate | undefined {
  const g = match.groups!;
  const unit = unitCode(g.unit);
  const n = numberValue(g.num);
  if (!unit || n === undefined) return undefined;
  const { start, end } = spanOf(match);
  const article = /^an?$/i.test(g.num);
  if (unit === 'TS' && article) return undefined; // "a second time" is an ordinal
  if (n === 0) return undefined;
  // "a quarter of the vote", "three-quarters": a fraction, not three months.
  if (unit === 'Q' && (article || /^\s+of\b/.test(context.text.slice(end, end + 4)) || /-quarters$/i.test(match[0]))) return undefined;
  const post = g.post?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (post) {
    const calendar = CALENDAR_UNIT[unit];
    if (!calendar) return undefined;
    const sign = post === 'ago' || post === 'earlier' || post === 'before' || post === 'previously' || post === 'back' ? -1 : 1;
    if (n === 'X') return { start, end, type: 'DATE', timex: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'units-ago' };
    const fromRef = post === 'ago' || post === 'from now' || post === 'hence' || post === 'back';
    return { start, end, type: 'DATE', timex: context.ref ? relativeTimex(context.ref, calendar, sign * n) : 'XXXX', rule: 'units-ago', anaphor: { unit: calendar === 'day' || calendar === 'week' || calendar === 'month' || calendar === 'quarter' ? calendar : 'year', shift: sign * n, fromRef } };
  }
  if (article && !g.pre && !g.mod && RATE_BEFORE.test(context.text.slice(Math.max(0, start - 20), start)) && /^[DWMY]$/.test(unit)) {
    return { start, end, type: 'SET', timex: durationTimex(unit, 1), rule: 'rate' };
  }
  return { start, end, type: 'DURATION', timex: durationTimex(unit, n), durationDays: durationDays(unit, n), rule: 'duration' };
}

let rules: Rule[] | undefined;

/** Durations ("for a week", "12-hour talks", "the past three months") and counted offsets ("two years ago"). */
export function durationRules(): Rule[] {
  if (rules) return rules;
  const w = timeWords().alternation;
  const unitStems = [...triggerWords('unit'), 'centur'];
  // An article counts one only on its own: "a two-year term" is two years.
  const words = w.number.split('|').filter((x) => x !== 'a' && x !== 'an').join('|');
  const num = `(?:\\d+(?:\\.\\d+)?|(?:${words})(?:[\\s-]+(?:${words}))*|an?)`;
  const unit = `(?:${w.unit}|centuries)s?`;
  const pre = `(?:the\\s+)?(?:past|last|next|first|final|coming|previous|following|latest|remaining|ensuing|initial|another|an\\s+additional|additional)\\s+`;
  const mod = `(?:about|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|over|up\\s+to|at\\s+least|at\\s+most|no\\s+more\\s+than|roughly|approximately|around|only|just|some|within)\\s+`;
  // "before"/"after" are left out: "two days before the vote" counts from the vote, not from today.
  const post = `\\s+(?:ago|earlier|later|from\\s+now|hence|previously|back)`;
  rules = [
    {
      name: 'duration',
      triggers: unitStems, reach: 80,
      pattern: new RegExp(`\\b(?<pre>${pre})?(?<mod>${mod})?(?<num>${num})(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|calendar))?[\\s-]+(?<unit>${unit})(?:-old)?(?<post>${post})?(?![\\w-])`, 'gi'),
      build: buildCounted,
    },
    {
      name: 'vague-duration',
      triggers: unitStems, reach: 40,
      // "for years", "over the coming months": a bare plural unit is a duration only after these words.
      pattern: new RegExp(`\\b(?:for|over|within|during|in|took|takes|take|lasted|last)\\s+(?<core>(?:the\\s+)?(?:(?:past|last|next|coming)\\s+)?(?:years|months|weeks|days|decades|hours|minutes|centuries))\\b`, 'gi'),
      build(match) {
        const { start, end } = spanOf(match);
        const word = /(year|month|week|day|decade|hour|minute|centur)/i.exec(match.groups!.core)![1].toLowerCase();
        const code = unitCode(word === 'centur' ? 'century' : word)!;
        return { start, end, type: 'DURATION', timex: durationTimex(code, 'X'), rule: 'vague-duration' };
      },
    },
  ];
  return rules;
}
