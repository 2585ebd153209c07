import type { Candidate, Rule, RuleContext } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords, triggerWords } from './time-words.js';
import { addDays, addMonths, weekday, quarterOf, pad, type Day } from './calendar.js';
import { relativeTimex, type CalendarUnit } from './relative-timex.js';
import { durationTimex } from './duration-rules.js';
import { followsAmount } from './rate.js';
import { possessiveWeekday } from './lost-apostrophe.js';

const PART_OF_DAY = /(morning|afternoon|evening|night)/i;
const EARLY_OR_LATE = /\b(?:early|late|earlier|later)\s+$/i;
const COORDINATED_PLURAL_PART = /^\s+(?:and|or)\s+[A-Z][a-z]+day\s+(?<part>morning|afternoon|evening|night)s\b/;
const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

function partCode(word: string | undefined): string | undefined {
  const part = word ? PART_OF_DAY.exec(word)?.[1] : undefined;
  return part ? timeWords().byKind['part-of-day'].get(part.toLowerCase()) : undefined;
}

/** A day, or a part of it when one is named ('yesterday morning' → TIME '2016-07-27TMO'). */
function dayCandidate(start: number, end: number, ref: Day | undefined, offset: number, part: string | undefined, rule: string): Candidate {
  const day = ref ? relativeTimex(ref, 'day', offset) : 'XXXX-XX-XX';
  return part ? { start, end, type: 'TIME', timex: `${day}T${part}`, rule } : { start, end, type: 'DATE', timex: day, rule };
}

/** The weekday nearest the reference day in the direction the clause's tense points. */
export function resolveWeekday(ref: Day, target: number, direction: 'past' | 'future' | 'this', strict: boolean): Day {
  const today = weekday(ref);
  if (direction === 'this') return addDays(ref, ((target + 6) % 7) - ((today + 6) % 7));
  if (direction === 'past') {
    const back = (today - target + 7) % 7 || (strict ? 7 : 0);
    return addDays(ref, -back);
  }
  const ahead = (target - today + 7) % 7 || (strict ? 7 : 0);
  return addDays(ref, ahead);
}

// "from last year's $40 million": the possessive hands "last year" to the amount it dates.
const AMOUNT_AFTER_POSSESSIVE = /^['’]s\s+(?:[$£€#]|\d)/;

const WHICH_SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, 'this past': -1, 'this coming': 1, following: 1 };

/**
 * A deictic word in a name: "ABC's \"This Week\"" (every word capitalised) or "VOA Today", "USA Today"
 * (after a capitalised word, with no punctuation between). Example: isProgrammeName('Today', 'This is VOA Today.', 12) → true.
 */
function isProgrammeName(words: string, text: string, start: number): boolean {
  const parts = words.split(/\s+/);
  if (words === words.toUpperCase() || !parts.every((p) => /^[A-Z]/.test(p))) return false;
  return parts.length > 1 || /\b[A-Z][A-Za-z]*\s+$/.test(text.slice(Math.max(0, start - 20), start));
}

// "in today's world", "many of today's computers", "the leaders of tomorrow": the present or the
// future in general, not a day. ("as of today", "the morning of tomorrow" still name one.)
const GENERIC_TODAY_AFTER = /^['’]s\s+(?:world|society|generations?|youth|young)\b/i;
const QUANTIFIER_OF_BEFORE = /\b(?:many|most|all|some|much|few|none)\s+of\s+$/i;
const NOUN_OF_BEFORE = /\bthe\s+(?!(?:morning|afternoon|evening|night|end|start|beginning|middle|rest|close|eve|dawn)\b)[a-z]+\s+of\s+$/i;

function isGenericDay(word: string, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (word === 'today') return GENERIC_TODAY_AFTER.test(text.slice(end, end + 16)) || (/^['’]s/.test(text.slice(end, end + 2)) && QUANTIFIER_OF_BEFORE.test(before));
  return word === 'tomorrow' && NOUN_OF_BEFORE.test(before);
}

function buildWhich(match: RegExpExecArray, context: RuleContext): Candidate | undefined {
  const g = match.groups!;
  const { start, end } = spanOf(match);
  // (Month and weekday names are capitalised anyway: "Last April" is a date.)
  if (!g.mod && /^(?:week|weekend|month|quarter|year|decade)$/i.test(g.unit) && isProgrammeName(`${g.which} ${g.unit}`, context.text, start)) return undefined;
  const which = g.which.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  const unitWord = g.unit.toLowerCase();
  const hasThe = /^the\s/i.test(g.which);
  const shift = WHICH_SHIFT[which];
  if (shift === undefined) return undefined;
  // "the previous week", "the following year" are the anaphora rule's; only weekdays are read here.
  const relative = hasThe && (which === 'previous' || which === 'following');
  if (relative && !timeWords().byKind.weekday.has(unitWord)) return undefined;
  const words = timeWords().byKind;
  const ref = context.ref;
  // "the past year" is the twelve months before publication: TimeML names it by last year, an
  // event needs the months themselves.
  // "the past decade" likewise: the last ten years, named by the decade before this one.
  // "the next year", "the coming year" look ahead the same way, named by next year.
  if (hasThe && shift !== 0 && !g.mod && (unitWord === 'year' || unitWord === 'decade') && ref) {
    const months = unitWord === 'year' ? 12 : 120;
    if (shift > 0) return { start, end, type: 'DATE', timex: relativeTimex(ref, unitWord, 1), rule: `the-next-${unitWord}`, interval: stretchFromNow(ref, months, 1) };
    return { start, end, type: 'DATE', timex: relativeTimex(ref, unitWord, -1), rule: `the-past-${unitWord}`, interval: stretchFromNow(ref, months, -1) };
  }
  // "the past month" counts a span of time; "last month" names a calendar month.
  if (hasThe && shift !== 0 && !g.mod && ['week', 'month', 'year', 'quarter'].includes(unitWord)) {
    const code = words.unit.get(unitWord)!;
    const counted: Candidate = { start, end, type: 'DURATION', timex: durationTimex(code, 1), rule: 'the-past-unit', durationDays: { week: 7, month: 30.44, year: 365.25, quarter: 91.31 }[unitWord] };
    // TimeML keeps it a duration; an event told over it ('killed during the past month') lies in the stretch up to now (or from now).
    if (ref) counted.interval = stretchFromNow(ref, unitWord === 'week' ? 0.25 : unitWord === 'month' ? 1 : 3, shift < 0 ? -1 : 1);
    return counted;
  }
  // "the second half of next year" is a half of it ('1990-H2'), as "the second half of 1990" is.
  const half = /(first|second)\s+half/i.exec(g.mod ?? '')?.[1].toLowerCase();
  if (half && unitWord === 'year' && ref) return { start, end, type: 'DATE', timex: `${relativeTimex(ref, 'year', shift)}-H${half === 'first' ? 1 : 2}`, rule: 'this-unit' };
  if (['week', 'weekend', 'month', 'quarter', 'year', 'decade'].includes(unitWord)) {
    const candidate: Candidate = { start, end, type: 'DATE', timex: ref ? relativeTimex(ref, unitWord as CalendarUnit, shift) : 'XXXX', rule: 'this-unit' };
    // "a loss of $2 million last year", "from last year's $40 million": a figure compared with its
    // period a year back, so a quarter under discussion moves a year back, as after "a year ago".
    const compared = () => followsAmount(context.text, start) || AMOUNT_AFTER_POSSESSIVE.test(context.text.slice(end, end + 6));
    if (unitWord === 'year' && shift === -1 && !hasThe && !g.mod && compared()) candidate.anaphor = { unit: 'year', shift: -1, fromRef: true };
    return candidate;
  }
  const season = words.season.get(unitWord);
  if (season) {
    if (!ref) return { start, end, type: 'DATE', timex: `XXXX-${season}`, rule: 'this-season' };
    const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
    // The year in which this season last began, on or before the reference day.
    const began = ref.m >= first ? ref.y : ref.y - 1;
    const running = (ref.m - first + 12) % 12 < 3;
    const year = shift === 0 ? (running || season !== 'WI' ? began + (running || ref.m >= first ? 0 : 1) : began + 1)
      : shift < 0 ? (running ? began - 1 : began)
      : began + 1;
    return { start, end, type: 'DATE', timex: `${pad(year, 4)}-${season}`, rule: 'this-season', inferred: ['year'] };
  }
  const month = words.month.get(unitWord);
  if (month) {
    const m = Number(month);
    if (!ref) return { start, end, type: 'DATE', timex: `XXXX-${pad(m)}`, rule: 'this-month-name' };
    let y = ref.y;
    if (shift < 0 && m >= ref.m) y -= 1;
    if (shift > 0 && m <= ref.m) y += 1;
    return { start, end, type: 'DATE', timex: `${pad(y, 4)}-${pad(m)}`, rule: 'this-month-name', inferred: ['year'] };
  }
  const day = words.weekday.get(unitWord);
  if (day !== undefined) {
    const part = partCode(g.part);
    if (!ref) return { start, end, type: part ? 'TIME' : 'DATE', timex: `XXXX-WXX-${(+day || 7)}${part ? 'T' + part : ''}`, rule: 'this-weekday' };
    const target = resolveWeekday(ref, Number(day), shift < 0 ? 'past' : shift > 0 ? 'future' : 'this', true);
    const candidate = dayCandidate(start, end, target, 0, part, 'this-weekday');
    // "the previous Friday" counts from the day under discussion; from publication only when none was mentioned.
    if (relative && !part) candidate.anaphor = { unit: 'day', shift, weekday: Number(day) };
    return candidate;
  }
  return undefined;
}

let rules: Rule[] | undefined;

/** Deictic dates: "yesterday", "this morning", "on Wednesday", "last week", "next June", "this summer". */
export function relativeRules(): Rule[] {
  if (rules) return rules;
  const w = timeWords().alternation;
  const mod = `(?<mod>(?:earlier|later|early|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)\\s+)?`;
  const part = `(?<part>\\s+(?:morning|afternoon|evening|night))?`;
  rules = [
    {
      name: 'day-word',
      triggers: ['yesterday', 'today', 'tomorrow', 'tonight', 'night', 'morning', 'afternoon', 'evening'], reach: 60,
      pattern: new RegExp(`\\b${mod}(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))${part}\\b`, 'gi'),
      build(match, context) {
        const { start, end } = spanOf(match);
        if (isProgrammeName(match.groups!.word, context.text, start)) return undefined;
        const word = match.groups!.word.toLowerCase().replace(/\s+/g, ' ');
        if (!match.groups!.mod && !match.groups!.part && isGenericDay(word, context.text, start, end)) return undefined;
        // "after tomorrow", not "after": "this afternoon" is today.
        const offset = word.includes('before yesterday') ? -2 : word.includes('after tomorrow') ? 2 : word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
        const code = partCode(match.groups!.part) ?? (word === 'tonight' || word === 'last night' ? 'NI' : partCode(word.startsWith('this') ? word : undefined));
        return dayCandidate(start, end, context.ref, offset, code, 'day-word');
      },
    },
    {
      // "It's the second day of the offensive", "today is the eighth day of …": the present tense
      // makes that day today. ("It was the second day" says nothing of which day.)
      name: 'nth-day-today',
      triggers: ['day'], reach: 40,
      pattern: /\b(?:it\s+is|it['’]s|today\s+is|today\s+marks|this\s+is)\s+(?<core>the\s+(?:first|second|third|[a-z]+th|\d+(?:st|nd|rd|th))\s+day)\b(?!\s+(?:before|after)\b)/gi,
      build(match, context) {
        const { start, end } = spanOf(match);
        return dayCandidate(start, end, context.ref, 0, undefined, 'nth-day-today');
      },
    },
    {
      name: 'this-unit',
      triggers: ['this', 'last', 'next', 'past', 'previous', 'following', 'coming', 'current'], reach: 30,
      pattern: new RegExp(`\\b${mod}(?<which>the\\s+(?:coming|past|next|last|previous|following)|this\\s+(?:past|coming)|this|last|next|past|previous|coming|current)\\s+(?:fiscal\\s+(?=quarter|year))?(?<unit>week|weekend|month|quarter|year|decade|${w.season}|${w.month}|${w.weekday})(?!\\w)${part}(?:\\s+or\\s+so\\b)?`, 'gi'),
      build: buildWhich,
    },
    {
      name: 'weekday',
      triggers: triggerWords('weekday'), reach: 0,
      pattern: new RegExp(`\\b(?<day>${w.weekday})(?<plural>s)?${part}(?<partPlural>s)?\\b`, 'gi'),
      build(match, context) {
        const g = match.groups!;
        if (!/^[A-Z]/.test(g.day)) return undefined;
        const { end } = spanOf(match);
        // "early Tuesday", "Earlier Sunday": the modifier is part of the expression, the day stays the day.
        const start = match.index - (EARLY_OR_LATE.exec(context.text.slice(Math.max(0, match.index - 9), match.index))?.[0].length ?? 0);
        const day = Number(timeWords().byKind.weekday.get(g.day.toLowerCase()));
        // "Monday and Tuesday nights": the plural part of day belongs to both weekdays.
        const shared = g.plural || g.part ? undefined : COORDINATED_PLURAL_PART.exec(context.text.slice(end, end + 40))?.groups?.part;
        const code = partCode(g.part ?? shared);
        // "Tuesdays", "Tuesday nights": every such day; not "for Tuesdays attacks", a possessive without its apostrophe.
        if ((g.plural && !(g.part === undefined && possessiveWeekday(context.text, start, end))) || g.partPlural || shared) return { start, end, type: 'SET', timex: `XXXX-WXX-${day || 7}${code ? 'T' + code : ''}`, rule: 'weekday-set' };
        if (!context.ref) return { start, end, type: code ? 'TIME' : 'DATE', timex: `XXXX-WXX-${day || 7}${code ? 'T' + code : ''}`, rule: 'weekday' };
        const tense = context.tenseAt(start, end);
        const target = resolveWeekday(context.ref, day, tense === 'future' ? 'future' : 'past', false);
        return dayCandidate(start, end, target, 0, code, 'weekday');
      },
    },
    {
      name: 'part-of-day',
      triggers: ['morning', 'afternoon', 'evening', 'night'], reach: 6,
      // "mid-afternoon yesterday", "by mid afternoon", "late Tuesday night" is the weekday rule's.
      pattern: new RegExp(`\\b(?:early|late|mid)[\\s-]?(?<part>morning|afternoon|evening|night)(?:\\s+(?<dayWord>yesterday|today|tomorrow)|\\s+(?<day>${w.weekday}))?\\b(?!-)`, 'gi'),
      build(match, context) {
        const g = match.groups!;
        const { start } = spanOf(match);
        let end = start + match[0].length;
        const code = partCode(g.part)!;
        // A weekday must be capitalised ("late afternoon sunday" is left at the afternoon).
        if (g.day && !/^[A-Z]/.test(g.day)) end = start + match[0].slice(0, match[0].length - g.day.length).trimEnd().length;
        if (g.dayWord) return dayCandidate(start, end, context.ref, DAY_OFFSET[g.dayWord.toLowerCase()], code, 'part-of-day');
        if (!context.ref) return { start, end, type: 'TIME', timex: `XXXX-XX-XXT${code}`, rule: 'part-of-day' };
        if (g.day && /^[A-Z]/.test(g.day)) {
          const target = resolveWeekday(context.ref, Number(timeWords().byKind.weekday.get(g.day.toLowerCase())), context.tenseAt(start, end) === 'future' ? 'future' : 'past', false);
          return dayCandidate(start, end, target, 0, code, 'part-of-day');
        }
        // With no day named it is the reference day, a guess the value says, as for a bare clock time.
        return { ...dayCandidate(start, end, context.ref, 0, code, 'part-of-day'), inferred: ['year', 'month', 'day'] };
      },
    },
    {
      name: 'the-weekend',
      triggers: ['weekend'], reach: 10,
      pattern: /\bthe\s+weekend\b/gi,
      build(match, context) {
        const { start, end } = spanOf(match);
        if (!context.ref) return { start, end, type: 'DATE', timex: 'XXXX-WXX-WE', rule: 'the-weekend' };
        const future = context.tenseAt(start, end) === 'future';
        const saturday = resolveWeekday(context.ref, 6, future ? 'future' : 'past', false);
        return { start, end, type: 'DATE', timex: relativeTimex(saturday, 'weekend', 0), rule: 'the-weekend' };
      },
    },
    {
      name: 'quarter',
      triggers: ['quarter', 'half'], reach: 60,
      pattern: /\b(?:(?<det>the\s+)?(?:(?<ago>year-earlier|year-ago|prior-year)\s+|(?<yr>1\d{3}|20\d{2})\s+|(?<rel>this|last|next)\s+year['’]s\s+|(?:fiscal\s+)?(?<yrPoss>1\d{3}|20\d{2})['’]s\s+|fiscal\s+(?:(?<fy>1\d{3}|20\d{2})\s+)?)?)?(?<ord>first|second|third|fourth|last|final|latter|1st|2nd|3rd|4th)(?:[\s-]+fiscal)?(?<joint>[\s-]+)(?<kind>quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?<yr2>1\d{3}|20\d{2})|(?<rel2>this|last|next)\s+year)|\s+of\s+(?<theYear>the\s+(?:current\s+)?(?:fiscal\s+)?year)(?!['’-]))?(?!\w)/gi,
      build(match, context) {
        const g = match.groups!;
        const span = spanOf(match);
        const end = span.end;
        // "the third-quarter loss": a quarter that modifies a noun leaves the determiner to it.
        const start = g.det && g.joint.includes('-') ? span.start + g.det.length : span.start;
        const half = g.kind.toLowerCase() === 'half';
        const rel = (g.rel ?? g.rel2)?.toLowerCase();
        const stated = g.yr ?? g.yr2 ?? g.fy ?? g.yrPoss;
        // "the last half of 1989" is its second half; "the last quarter" alone is the one before this (see this-unit).
        if (/^(?:last|final|latter)$/i.test(g.ord) && !(g.yr2 || g.rel2 || g.theYear)) return undefined;
        // "the latter half of 1997" is its second half; a year has no "latter quarter".
        if (/^latter$/i.test(g.ord) && !half) return undefined;
        const n = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: half ? 2 : 4, final: half ? 2 : 4, latter: 2 }[g.ord.toLowerCase()]!;
        if (half && n > 2) return undefined;
        let year: number | undefined = stated ? Number(stated) : undefined;
        if (year === undefined && context.ref) {
          year = context.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
          // Results are reported after the quarter ends: one that has not begun yet is last year's.
          const current = half ? (context.ref.m > 6 ? 2 : 1) : quarterOf(context.ref.m);
          if (!rel && n > current && context.tenseAt(start, end) !== 'future') year -= 1;
          // "the year-ago third quarter": the same quarter a year before the one under discussion.
          if (g.ago) year -= 1;
        }
        const y = year === undefined ? 'XXXX' : pad(year, 4);
        const part = `${half ? 'H' : 'Q'}${n}`;
        // "the second half of the year": of the year under discussion, else the reference year.
        if (g.theYear) return { start, end, type: 'DATE', timex: context.ref ? `${pad(context.ref.y, 4)}-${part}` : `XXXX-${part}`, rule: 'quarter', anaphor: { unit: 'year', shift: 0, part } };
        return { start, end, type: 'DATE', timex: `${y}-${part}`, rule: 'quarter', inferred: stated ? [] : ['year'] };
      },
    },
  ];
  return rules;
}

/**
 * The days of a stretch of `months` counted back to `ref` (direction -1: 'the past month' read on 3 October is 4 September
 * to 3 October) or on from the day after it (+1: 'the coming month'); a quarter of a month is a week.
 */
function stretchFromNow(ref: Day, months: number, direction: -1 | 1): NonNullable<Candidate['interval']> {
  if (months < 1) return direction < 0 ? { start: addDays(ref, -6), end: ref, precision: 'range' } : { start: addDays(ref, 1), end: addDays(ref, 7), precision: 'range' };
  return direction < 0 ? { start: addDays(addMonths(ref, -months), 1), end: ref, precision: 'range' } : { start: addDays(ref, 1), end: addMonths(ref, months), precision: 'range' };
}
