import type { Candidate, Rule, RuleContext } from './candidate.js';
import { DIGITS } from './scan-rules.js';
import { timeWords } from './time-words.js';
import { resolveYear, monthTimex } from './resolve-year.js';
import { resolveWeekday } from './relative-rules.js';
import { relativeTimex } from './relative-timex.js';
import { formatDay, pad } from './calendar.js';

const APPROXIMATELY = /\b(?:around|about|approximately|roughly)\s+$/i;
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const DAY_WORD_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/** The day a clock time falls on: the weekday, month-day or day word after it, else the reference day. */
function dayOf(g: Record<string, string | undefined>, context: RuleContext, start: number, end: number): { day: string; inferred: Candidate['inferred'] } {
  const words = timeWords().byKind;
  if (g.month && g.d) {
    const month = Number(words.month.get(g.month.toLowerCase()));
    const d = Number(g.d);
    const { year, inferred } = resolveYear(context.ref, month, d, context.tenseAt(start, end));
    return { day: monthTimex(year, month, d), inferred };
  }
  if (!context.ref) return { day: g.weekday ? `XXXX-WXX-${Number(words.weekday.get(g.weekday.toLowerCase())) || 7}` : 'XXXX-XX-XX', inferred: [] };
  if (g.weekday) {
    const target = Number(words.weekday.get(g.weekday.toLowerCase()));
    const tense = context.tenseAt(start, end);
    return { day: formatDay(resolveWeekday(context.ref, target, tense === 'future' ? 'future' : 'past', false)), inferred: [] };
  }
  if (g.dayWord) return { day: relativeTimex(context.ref, 'day', DAY_WORD_OFFSET[g.dayWord.toLowerCase()]), inferred: [] };
  // A bare clock time is read on the reference day, which is a guess the value says.
  return { day: formatDay(context.ref), inferred: ['year', 'month', 'day'] };
}

let rules: Rule[] | undefined;

/**
 * Clock times, with the day that follows them: "10:30 a.m.", "3 pm", "15:45", "0600 GMT", "noon", "ten o'clock",
 * "10 p.m. Wednesday", "5 p.m. EST, Nov. 6". Hours need a.m./p.m. or minutes, so "3-2" and
 * "$1.35 a share" are not times.
 */
export function clockRules(): Rule[] {
  if (rules) return rules;
  const w = timeWords().alternation;
  const clock = `(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ampm>[ap])\\.?\\s?m\\b\\.?|(?<h24>[01]?\\d|2[0-3]):(?<min24>[0-5]\\d)(?!\\d|[:.,]\\d)|(?<hMil>[01]\\d|2[0-3])(?<minMil>[0-5]\\d)(?=\\s*(?:GMT|UTC|hours|hrs)\\b)|(?<word>noon|midnight))`;
  const zone = `(?:\\s+(?:[ECMP][SD]T|GMT|UTC)\\b)?`;
  const day = `(?:,?\\s+(?:on\\s+)?(?:(?<weekday>${w.weekday})\\b|(?<dayWord>yesterday|today|tomorrow)\\b|(?<month>${w.month})\\.?\\s+(?<d>[12]\\d|3[01]|0?[1-9])\\b(?!\\d)))?`;
  rules = [
    {
      name: 'clock-time',
      pattern: new RegExp(`(?<![$€£\\d.,:])\\b${clock}${zone}${day}`, 'gi'),
      triggers: [DIGITS, 'noon', 'midnight'],
      reach: 0,
      build(match, context) {
        const g = match.groups!;
        let end = match.index + match[0].length;
        // TimeML keeps an approximation in the span ("around 7:15 p.m."); read behind the match so digits need no reach.
        const approx = APPROXIMATELY.exec(context.text.slice(Math.max(0, match.index - 16), match.index));
        const start = match.index - (approx?.[0].length ?? 0);
        // A sentence-final "p.m." keeps its dot (TimeML does); any other trailing dot is punctuation.
        if (match[0].endsWith('.') && !/[ap]\.?m\.$/i.test(match[0])) end -= 1;
        if (g.weekday && !/^[A-Z]/.test(g.weekday)) return undefined;
        if (g.month && !/^[A-Z]/.test(g.month)) return undefined;
        let hour: number;
        let minute: number;
        if (g.word) {
          hour = g.word.toLowerCase() === 'noon' ? 12 : 24;
          minute = 0;
        } else if (g.ampm) {
          hour = (Number(g.h) % 12) + (g.ampm.toLowerCase() === 'p' ? 12 : 0);
          minute = Number(g.min ?? 0);
        } else {
          // Wire copy writes the 24-hour clock without a colon before the zone: "0600 GMT", "1430 hours".
          hour = Number(g.h24 ?? g.hMil);
          minute = Number(g.min24 ?? g.minMil);
        }
        const { day, inferred } = dayOf(g, context, start, end);
        return { start, end, type: 'TIME', timex: `${day}T${pad(hour)}:${pad(minute)}`, rule: 'clock-time', inferred };
      },
    },
    {
      // "ten o'clock", "9 o'clock Friday": the hour alone, read as written (TimeML does not guess a.m. or p.m.).
      name: 'o-clock',
      pattern: new RegExp(`\\b(?<hour>1[0-2]|0?[1-9]|${HOUR_WORDS.join('|')})\\s+o['’]?clock\\b${zone}${day}`, 'gi'),
      triggers: ['clock'],
      reach: 10,
      build(match, context) {
        const g = match.groups!;
        if ((g.weekday && !/^[A-Z]/.test(g.weekday)) || (g.month && !/^[A-Z]/.test(g.month))) return undefined;
        const start = match.index;
        const end = start + match[0].length;
        const hour = /^\d/.test(g.hour) ? Number(g.hour) : HOUR_WORDS.indexOf(g.hour.toLowerCase()) + 1;
        const { day, inferred } = dayOf(g, context, start, end);
        return { start, end, type: 'TIME', timex: `${day}T${pad(hour)}:00`, rule: 'o-clock', inferred };
      },
    },
  ];
  return rules;
}
