import type { Candidate, Rule, RuleContext } from './candidate.js';
import { spanOf } from './candidate.js';
import type { CalendarUnit } from './relative-timex.js';
import { relativeTimex } from './relative-timex.js';
import { timeWords, numberValue, triggerWords } from './time-words.js';
import { followsAmount, followsTimes } from './rate.js';
import { addDays, type Day } from './calendar.js';

// Days in each TIMEX3 unit, approximate for months and years, so durations can be compared.
const UNIT_DAYS: Record<string, number> = { TS: 1 / 86400, TM: 1 / 1440, TH: 1 / 24, D: 1, W: 7, '2W': 14, M: 30.44, Q: 91.31, Y: 365.25, DE: 3652.5, CE: 36525 };
const CALENDAR_UNIT: Record<string, CalendarUnit> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century' };

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

// Half of a unit in the next smaller one, as TimeML writes "2 1/2 years" (P2Y6M) and "a minute and a half" (PT1M30S).
const HALF_UNIT: Record<string, string> = { Y: '6M', D: 'T12H', TH: '30M', TM: '30S' };

/**
 * The TIMEX3 duration for n and a half units ('Y', 2 → 'P2Y6M'; 'TM', 1 → 'PT1M30S'; 'D', 2 → 'P2DT12H');
 * units with no whole half below them take a decimal ('M', 1 → 'P1.5M').
 */
export function halfDurationTimex(unit: string, n: number): string {
  if (unit === 'DE') return `P${n * 10 + 5}Y`;
  if (unit === 'CE') return `P${n * 100 + 50}Y`;
  const half = HALF_UNIT[unit];
  if (!half) return unit.startsWith('T') ? `PT${n}.5${unit.slice(1)}` : unit === '2W' ? `P${n * 2 + 1}W` : `P${n}.5${unit}`;
  const whole = durationTimex(unit, n);
  return half.startsWith('T') && whole.includes('T') ? whole + half.slice(1) : whole + half;
}

function unitCode(word: string): string | undefined {
  return timeWords().byKind.unit.get(word.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century'));
}

// Nouns that name a stretch of time, so that a count before them measures it: "a three-year period".
const TIME_NOUN_AFTER = /^\s+(?:period|term|span|stretch|interval|spell)\b/i;

// Words after which a length is expected, so that "over" before one means "more than".
const LENGTH_EXPECTED = /\b(?:for|in|within|after|of|than|to|last|lasts|lasted|lasting|take|takes|took|taking|spent|spend|spends|spending|wait|waits|waited|served|serve|serves)\s+$/i;

function buildCounted(match: RegExpExecArray, context: RuleContext): Candidate | undefined {
  const g = match.groups!;
  const unit = unitCode(g.unit);
  // "a day or two", "a year or two": one or two, a vague count.
  const n = numberValue(g.num) === undefined ? undefined : g.orTwo ? 'X' : numberValue(g.num);
  if (!unit || n === undefined) return undefined;
  const span = spanOf(match);
  // "a three-year period", "her two-year term": the time noun the count measures is in the expression, with its article.
  const timeNoun = /-\s*$/.test(match[0].slice(0, match[0].lastIndexOf(g.unit))) && !g.post ? TIME_NOUN_AFTER.exec(context.text.slice(span.end, span.end + 12)) : null;
  const end = span.end + (timeNoun?.[0].length ?? 0);
  // "the eight-year war", "the two day rally": a count used as a modifier leaves the determiner to its noun.
  const modifier = /^the\s+$/i.test(g.pre ?? '') && (/-\s*$/.test(match[0].slice(0, match[0].lastIndexOf(g.unit))) || (!/s$/i.test(g.unit) && n !== 1));
  // "likely to last over a week": after "to" or a modal, "last" is the verb, outside the span.
  const verbLast = g.pre !== undefined && /^last\s+$/i.test(g.pre) && /\b(?:to|will|would|could|may|might|can|should|must|not)\s+$/i.test(context.text.slice(Math.max(0, span.start - 8), span.start));
  const trimmed = modifier || verbLast ? span.start + g.pre!.length : span.start;
  // "repaid over three years", "Over two days, …": "over" is the preposition of the stretch, outside the span;
  // it means "more than" only where a length is expected ("lasted over a week", "for over a year").
  const overStretch = /^over\s+$/i.test(g.mod ?? '') && (!g.pre || verbLast) && !LENGTH_EXPECTED.test(context.text.slice(Math.max(0, trimmed - 12), trimmed));
  const timeNounArticle = timeNoun && !g.pre && !g.mod ? /\b(?:a|an|the)\s+$/i.exec(context.text.slice(Math.max(0, span.start - 4), span.start)) : null;
  const start = overStretch ? trimmed + g.mod!.length : timeNoun && /^the\s+$/i.test(g.pre ?? '') ? span.start : timeNounArticle ? span.start - timeNounArticle[0].length : trimmed;
  // An age ("52 years old", "a 136-year-old institution") describes a thing, it does not time an event;
  // but the age of a truce or a war is how long it has lasted ("the 8-month-old truce").
  if (/-old$/i.test(match[0]) && n !== 'X' && ofALastingEvent().test(context.text.slice(end, end + 40))) {
    return { start, end, type: 'DURATION', timex: durationTimex(unit, n), durationDays: durationDays(unit, n), rule: 'age-of-event' };
  }
  if (/-old$/i.test(match[0]) || /^\s+old\b/i.test(context.text.slice(end, end + 5))) return undefined;
  // "every six months" recurs: a SET of that period.
  if (/^every\s/i.test(g.pre ?? '') && !g.post) return { start, end, type: 'SET', timex: durationTimex(unit, n), rule: 'every-period' };
  const half = Boolean(g.half || g.half2) && n !== 'X';
  const article = /^an?$/i.test(g.num);
  if (unit === 'TS' && article) return undefined; // "a second time" is an ordinal
  if (n === 0) return undefined;
  // "a quarter of the vote", "three-quarters": a fraction, not three months.
  // "several quarters of losses" is time: no fraction is vague.
  if (unit === 'Q' && (article || (n !== 'X' && /^\s+of\b/.test(context.text.slice(end, end + 4))) || /-quarters$/i.test(match[0]))) return undefined;
  const post = g.post?.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^or so /, '');
  // "Islam will one day be …", "they hope she one day wins": someday, not a day long.
  if (!post && !g.pre && !g.mod && /^one$/i.test(g.num) && unit === 'D' && /\b(?:will|would|could|might|may|can|should|must|i|you|he|she|we|they)\s+$/i.test(context.text.slice(Math.max(0, start - 8), start))) {
    return { start, end, type: 'DATE', timex: 'FUTURE_REF', rule: 'one-day' };
  }
  // "Some day they will return" is one day not yet known, as "someday" is ("some day last week" is one in that week,
  // no span either); "for some days" counts them.
  if (/^some$/i.test(g.num) && !post && !g.pre && !g.mod && unit === 'D' && !/s$/i.test(g.unit)) {
    return /^\s+(?:last|this|next|of|that)\b/i.test(context.text.slice(end, end + 6)) ? undefined : { start, end, type: 'DATE', timex: 'FUTURE_REF', rule: 'one-day' };
  }
  const calendar = CALENDAR_UNIT[unit];
  // "The stock would be redeemed in five years": after "in", a future clause counts from now, as
  // "five years from now" does (TimeML leaves "in" outside); "within five years" stays a span.
  const ref = context.ref;
  const afterIn = !post && !g.pre && !g.mod && !half && !timeNoun && calendar !== undefined && /\bin\s+$/i.test(context.text.slice(Math.max(0, start - 4), start));
  // "in a day or two" is soon, whatever the verb: the idiom only looks ahead.
  if (afterIn && g.orTwo && context.tenseAt(start, end) !== 'past') return { start, end, type: 'DATE', timex: 'FUTURE_REF', rule: 'in-units' };
  if (afterIn && ref && n !== 'X' && context.tenseAt(start, end) === 'future') {
    const years = calendar === 'decade' ? 10 : calendar === 'century' ? 100 : 0;
    return { start, end, type: 'DATE', timex: years ? relativeTimex(ref, 'year', n * years) : relativeTimex(ref, calendar, n), rule: 'in-units' };
  }
  // "a minute and a half later" dates nothing by the calendar: the duration is the time expression, "later" a signal.
  if (post && !calendar) return { start, end: end - g.post!.length, type: 'DURATION', timex: half ? halfDurationTimex(unit, n as number) : durationTimex(unit, n), rule: 'duration' };
  if (post && calendar) {
    const sign = post === 'ago' || post === 'earlier' || post === 'before' || post === 'previously' || post === 'back' ? -1 : 1;
    const fromRef = post === 'ago' || post === 'from now' || post === 'hence' || post === 'back';
    // "a few years ago" lies somewhere before now; "a few days later" counts from another event, so only the span is known.
    if (n === 'X' && !fromRef) return { start, end: end - g.post!.length, type: 'DURATION', timex: durationTimex(unit, 'X'), rule: 'duration' };
    if (n === 'X') return { start, end, type: 'DATE', timex: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'units-ago' };
    // "a year and a half ago" counts in months; other halves are dropped (a day and a half ago is still that day, near enough).
    const [by, count] = half && calendar === 'year' ? ['month' as const, n * 12 + 6] : [calendar, n];
    const anaphorUnit = by === 'day' || by === 'week' || by === 'month' || by === 'quarter' ? by : 'year';
    // Decades and centuries move the date under discussion by their years ("two decades later" than 1945 is 1965).
    const years = by === 'decade' ? 10 : by === 'century' ? 100 : 1;
    const counted: Candidate = { start, end, type: 'DATE', timex: context.ref ? relativeTimex(context.ref, by, sign * count) : 'XXXX', rule: 'units-ago', anaphor: { unit: anaphorUnit, shift: sign * count * years, fromRef, counted: true } };
    if (by === 'week' && post === 'ago' && context.ref) counted.interval = weeksAgo(context.ref, count, g.mod);
    return counted;
  }
  if (article && !g.pre && !g.mod && /^[DWMY]$/.test(unit)) {
    // "twice a day", "three times a week": a frequency, TimeML's SET.
    if (followsTimes(context.text, start)) return { start, end, type: 'SET', timex: durationTimex(unit, 1), rule: 'frequency' };
    // "$5 a year", "six flights a week": the denominator of a rate, not a time (see rate.ts).
    if (followsAmount(context.text, start)) return undefined;
  }
  if (half) return { start, end, type: 'DURATION', timex: halfDurationTimex(unit, n as number), durationDays: durationDays(unit, (n as number) + 0.5), rule: 'duration' };
  return { start, end, type: 'DURATION', timex: durationTimex(unit, n), durationDays: durationDays(unit, n), rule: 'duration' };
}

// "nearly a week ago" falls short of the count, "more than a week ago" goes past it; "about" and no word lie either side.
const SHORT_OF = /^(?:nearly|almost|less\s+than|fewer\s+than|up\s+to|at\s+most|no\s+more\s+than)\s+$/i;
const PAST_IT = /^(?:more\s+than|over|at\s+least)\s+$/i;
/** How many days either side of the count "a week ago" may mean: a writer counts weeks, not days. */
const WEEK_SLACK = 2;

/**
 * The days "n weeks ago" may mean, counted back from the reference day: "nearly a week ago" on 23 February
 * is 16-18 February, "a week ago" 14-18 February. The timex stays the calendar week TimeML gives it
 * ("2015-W08"), but that week's Sunday is two days from the count, and its Monday too far from "nearly".
 */
function weeksAgo(ref: Day, n: number, mod: string | undefined): NonNullable<Candidate['interval']> {
  const counted = addDays(ref, -7 * n);
  const [before, after] = SHORT_OF.test(mod ?? '') ? [0, WEEK_SLACK] : PAST_IT.test(mod ?? '') ? [WEEK_SLACK + 1, 0] : [WEEK_SLACK, WEEK_SLACK];
  return { start: addDays(counted, -before), end: addDays(counted, after), precision: 'approximate' };
}

let lastingAfter: RegExp | undefined;

/**
 * A noun of data/lexicons/time-words.tsv's kind "lasting" next, or after one modifier ("civil war"),
 * heading its phrase: a "37-year-old strike leader" is a person.
 */
function ofALastingEvent(): RegExp {
  lastingAfter ??= new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${timeWords().alternation.lasting})(?![\\w-]|\\s+(?:[a-z]+(?:ers?|ors?|ists?|ians?)|veterans?|victims?|survivors?|widows?|orphans?|refugees?|heroe?s?)\\b)`, 'i');
  return lastingAfter;
}

let dayAfterOf: RegExp | undefined;

/** "of Tuesday", "of Sept. 12", "of yesterday": what names a day after "the early hours". */
function ofADay(): RegExp {
  const w = timeWords().alternation;
  dayAfterOf ??= new RegExp(`^\\s+of\\s+(?:${w.weekday}|${w.month}|yesterday|today|tomorrow|\\d)\\b`, 'i');
  return dayAfterOf;
}

let rules: Rule[] | undefined;

/** Durations ("for a week", "12-hour talks", "the past three months") and counted offsets ("two years ago"). */
export function durationRules(): Rule[] {
  if (rules) return rules;
  const w = timeWords().alternation;
  const unitStems = [...triggerWords('unit'), 'centur'];
  // An article counts one only on its own: "a two-year term" is two years.
  const words = w.number.split('|').filter((x) => x !== 'a' && x !== 'an').join('|');
  const num = `(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?|(?:${words})(?:[\\s-]+(?:${words}))*|an?)`;
  const unit = `(?:${w.unit}|centuries)s?`;
  // TimeML keeps the determiner of a counted period ("the nine months") and leaves "within" outside ("within [five years]").
  const which = `(?:past|last|next|first|final|coming|previous|following|latest|remaining|ensuing|initial|year-earlier|year-ago|prior-year)\\s+`;
  const pre = `(?:the\\s+(?:${which})?|${which}|another\\s+|an\\s+additional\\s+|additional\\s+|every\\s+)`;
  // "Only" and "just" are focus particles, not TimeML modifiers: "for only [six months]".
  const mod = `(?:about|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|over|up\\s+to|at\\s+least|at\\s+most|no\\s+more\\s+than|roughly|approximately|around|some)\\s+`;
  const half = `(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?`;
  // "before"/"after" are left out: "two days before the vote" counts from the vote, not from today.
  const post = `(?:\\s+or\\s+so)?\\s+(?:ago|earlier|later|from\\s+now|hence|previously|back)`;
  rules = [
    {
      name: 'duration',
      triggers: unitStems, reach: 80,
      pattern: new RegExp(`\\b(?<pre>${pre})?(?<mod>${mod})?(?<!\\bhalf\\s+)(?<num>${num})${half}(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|calendar))?[\\s-]+(?<unit>${unit})(?<orTwo>(?<=\\b(?:an?|one)\\s+\\w+)\\s+or\\s+two)?(?<half2>\\s+and\\s+a\\s+half)?(?:-old)?(?<post>${post})?(?![\\w-])`, 'gi'),
      build: buildCounted,
    },
    {
      name: 'vague-duration',
      triggers: unitStems, reach: 40,
      // "for years", "over the coming months": a bare plural unit is a duration only after these words
      // ("last" as the verb: "could last days", not "the last days of February"). "In the first hours (of
      // the war)", "the early years" count an unknown number of units, as TimeML's PTXH and PXY say.
      pattern: new RegExp(`\\b(?:for|over|within|during|in|took|takes|take|lasted|(?<!\\bthe\\s+)last)\\s+(?<core>(?:the\\s+)?(?:(?:past|last|next|coming)\\s+|(?<=the\\s+)(?:first|early|final|initial)\\s+)?(?:years|months|weeks|days|decades|hours|minutes|centuries)(?:(?<=the\\s+\\w+)\\s+ahead)?)\\b`, 'gi'),
      build(match, context) {
        const { start, end } = spanOf(match);
        // "the early hours of Tuesday" is a part of that day, which the weekday rule dates.
        if (/^the\s+(?:first|early|final|initial)\s/i.test(match.groups!.core) && ofADay().test(context.text.slice(end, end + 24))) return undefined;
        const word = /(year|month|week|day|decade|hour|minute|centur)/i.exec(match.groups!.core)![1].toLowerCase();
        const code = unitCode(word === 'centur' ? 'century' : word)!;
        return { start, end, type: 'DURATION', timex: durationTimex(code, 'X'), rule: 'vague-duration' };
      },
    },
    {
      // "follows months of talks", "after weeks of fighting": a bare plural unit counting the stretch of
      // what follows (not "the days of the week", which names no time).
      name: 'units-of',
      triggers: ['years', 'months', 'weeks', 'days', 'decades', 'hours'], reach: 12,
      pattern: /(?<=\b(?:after|follows|followed|following|despite|amid|ending|ends|ended|end|spent|spend|took|takes|with|from)\s+)(?:years|months|weeks|days|decades|hours)(?=\s+of\s+(?!the\s+(?:week|month|year)\b)[a-z])/g,
      build(match) {
        const { start, end } = spanOf(match);
        return { start, end, type: 'DURATION', timex: durationTimex(unitCode(match[0].replace(/s$/, ''))!, 'X'), rule: 'units-of' };
      },
    },
    {
      // "the year-long siege", "a week-long offensive": one unit's length; "months-long talks" an unknown number of them.
      name: 'unit-long',
      triggers: ['hour', 'day', 'week', 'month', 'year', 'decade', 'centur'], reach: 4,
      pattern: /(?<![\w-])(?:(?<num>\d{1,3})-)?(?<unit>hour|day|week|month|year|decade|century|centurie)(?<plural>s)?-long\b/gi,
      build(match) {
        const { start, end } = spanOf(match);
        const unit = unitCode(match.groups!.unit)!;
        const n = match.groups!.plural ? 'X' : Number(match.groups!.num ?? 1);
        return { start, end, type: 'DURATION', timex: durationTimex(unit, n), durationDays: durationDays(unit, n), rule: 'unit-long' };
      },
    },
    {
      // "half an hour" (PT30M), "half a day" (PT12H), "half a century" (P50Y): half of one unit, in the unit below.
      name: 'half-a-unit',
      triggers: ['half'], reach: 0,
      pattern: /\bhalf\s+an?\s+(?<unit>hour|minute|day|year|decade|century)\b/gi,
      build(match) {
        const { start, end } = spanOf(match);
        const unit = unitCode(match.groups!.unit)!;
        const timex = unit === 'DE' ? 'P5Y' : unit === 'CE' ? 'P50Y' : halfDurationTimex(unit, 0).replace(/^P(T?)0[A-Z]/, 'P$1');
        return { start, end, type: 'DURATION', timex, durationDays: durationDays(unit, 0.5), rule: 'half-a-unit' };
      },
    },
    {
      name: 'a-while',
      triggers: ['while'], reach: 24,
      // "for a while" lasts some unknown time (PXX); "a while ago" is some time before now.
      pattern: /\b(?:for|in|after|within|takes?|took|lasts?|lasted)\s+(?<core>(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while(?<ago>\s+(?:ago|back))?)\b(?!\s+longer)/gi,
      build(match) {
        const { start, end } = spanOf(match);
        if (match.groups!.ago) return { start, end, type: 'DATE', timex: 'PAST_REF', rule: 'a-while' };
        return { start, end, type: 'DURATION', timex: 'PXX', rule: 'a-while' };
      },
    },
  ];
  return rules;
}
