import type { Candidate, Rule } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords, triggerWords } from './time-words.js';
import { addDays, pad } from './calendar.js';
import { relativeTimex } from './relative-timex.js';
import { followsAmount } from './rate.js';

// How far back "recent days/weeks/months/years" reach (and "coming months" ahead): an approximation, marked as such.
const RECENT_DAYS: Record<string, number> = { day: 5, week: 42, month: 120, quarter: 365, year: 1095, decade: 7305 };
const EVENT_NOUNS = 'visit|visits|summit|meeting|meetings|talks|elections?|vote|referendum|conference|trip|tour|negotiations|ceasefire|cease-fire|truce|offensive|attack|inauguration|funeral';

// A date, then a comma: what follows may restate it ("Oct. 12, the day before …", "Friday, the day after …").
const APPOSITION_AFTER_DATE = /(?:\d|day|[Yy]esterday|[Tt]oday)\s*,\s*$/;

// A lowercase word that is no function word: what follows an adjective used before its noun.
const BEFORE_A_NOUN = /^[ \t]+(?!(?:and|or|but|nor|to|in|on|at|for|by|from|with|since|until|through|during|after|before|between|under|over|around|except|including|as|than|the|a|an|this|that|these|those|its|their|his|her|our|is|are|was|were|be|been|will|would|so|if|when|while)\b)[a-z][a-z-]*\b/;

let countOrUnitAfter: RegExp | undefined;

/**
 * A count or a unit after "the past" makes it an adjective ("the past three summers", "the past century").
 * Words that also begin a noun phrase ("in the past a few …", "in the past some …") are no count here.
 */
function countOrUnit(): RegExp {
  if (countOrUnitAfter) return countOrUnitAfter;
  const w = timeWords().alternation;
  const counts = [...timeWords().byKind.number.keys()].filter((k) => !/^(?:a|an|some|many)(?: |$)/.test(k)).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
  countOrUnitAfter = new RegExp(`^\\s+(?:\\d|(?:${counts}|(?:${w.unit})s?|centuries|(?:${w.season})s?)(?![\\w-]))`, 'i');
  return countOrUnitAfter;
}

let rules: Rule[] | undefined;

/**
 * Vague references ("now", "recently", "the future"), sets ("annually", "every Thursday"),
 * "in recent weeks", and expressions resolved later against other dates: anaphora ("that year",
 * "the following month", "the quarter", "year-earlier") and "the eve of Kerry's visit".
 */
export function referenceRules(): Rule[] {
  if (rules) return rules;
  const words = timeWords();
  const w = words.alternation;
  const setWords = [...words.byKind.set.keys()].filter((k) => !/^(a|an|per) /.test(k)).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
  rules = [
    {
      name: 'recent-units',
      triggers: ['day', 'week', 'month', 'quarter', 'year', 'decade'], reach: 40,
      // "coming months", "future quarters" look as far ahead. Bare "past years" (no article, no count)
      // are indefinite past times, as "recent years" are; "the past years" is a stretch up to now.
      pattern: /\b(?<core>(?:recent|(?<!\bthe\s+)past|the\s+(?:last|past)\s+(?:few|several|couple\s+of)|(?<ahead>(?:the\s+)?coming|future))\s+(?<unit>day|week|month|quarter|year|decade)s)\b/gi,
      build(match, context) {
        const { start, end } = spanOf(match);
        const unit = match.groups!.unit.toLowerCase();
        const ahead = Boolean(match.groups!.ahead);
        const candidate: Candidate = { start, end, type: 'DATE', timex: ahead ? 'FUTURE_REF' : 'PAST_REF', rule: `${ahead ? 'coming' : 'recent'}-${unit}s` };
        const reach = RECENT_DAYS[unit];
        if (context.ref) candidate.interval = ahead ? { start: context.ref, end: addDays(context.ref, reach), precision: 'approximate' } : { start: addDays(context.ref, -reach), end: context.ref, precision: 'approximate' };
        return candidate;
      },
    },
    {
      name: 'vague-reference',
      triggers: triggerWords('ref'), reach: 30,
      pattern: new RegExp(`\\b(?:${w.ref})\\b`, 'gi'),
      build(match, context) {
        const { start, end } = spanOf(match);
        const key = match[0].toLowerCase().replace(/\s+/g, ' ');
        const timex = words.byKind.ref.get(key);
        if (!timex) return undefined;
        if (key.endsWith('the past') && countOrUnit().test(context.text.slice(end, end + 24))) return undefined;
        // "the future of the talks" is what becomes of them, not a time.
        if (key.endsWith('future') && /^\s+of\b/i.test(context.text.slice(end, end + 4))) return undefined;
        // "as soon as they arrive" and "soon after the war" are conjunctions and relations, not the future.
        if (key === 'soon' && (/\bas\s+$/i.test(context.text.slice(Math.max(0, start - 4), start)) || /^\s+(?:after|before|afterwards?|thereafter)\b/i.test(context.text.slice(end, end + 14)))) return undefined;
        // TimeML leaves "in" outside: "in the past" is tagged "the past".
        const trimmed = key.startsWith('in ') ? 3 : key.startsWith('at ') && timex !== 'PRESENT_REF' ? 3 : 0;
        return { start: start + trimmed, end, type: 'DATE', timex, rule: 'vague-reference' };
      },
    },
    {
      // "at this crucial moment" is now, as "at the moment" is; TimeML leaves "at" outside.
      name: 'this-moment',
      triggers: ['moment'], reach: 24,
      pattern: /(?<=\bat\s+)this\s+(?:[a-z]+\s+)?moment\b/gi,
      build(match) {
        const { start, end } = spanOf(match);
        return { start, end, type: 'DATE', timex: 'PRESENT_REF', rule: 'this-moment' };
      },
    },
    {
      name: 'set',
      triggers: triggerWords('set'), reach: 30,
      pattern: new RegExp(`\\b(?:${setWords})\\b`, 'gi'),
      build(match, context) {
        const { start, end } = spanOf(match);
        // "grow 12% annually" is a rate, as "$5 a year" is (see rate.ts); "every year" still quantifies over years.
        if (!/^(?:every|each)\s/i.test(match[0]) && followsAmount(context.text, start)) return undefined;
        // "average daily volume", "a daily tally": before a noun the adjective names a measure, as "annual" does in "annual report".
        if (/ly$/i.test(match[0]) && BEFORE_A_NOUN.test(context.text.slice(end, end + 24))) return undefined;
        const timex = words.byKind.set.get(match[0].toLowerCase().replace(/\s+/g, ' '));
        return timex ? { start, end, type: 'SET', timex, rule: 'set' } : undefined;
      },
    },
    {
      name: 'every-named',
      triggers: ['every', 'each'], reach: 0,
      pattern: new RegExp(`\\b(?:every|each)\\s+(?<name>${w.weekday}|${w.month}|${w.season})\\b`, 'gi'),
      build(match) {
        const { start, end } = spanOf(match);
        const name = match.groups!.name.toLowerCase();
        const day = words.byKind.weekday.get(name);
        const month = words.byKind.month.get(name);
        const season = words.byKind.season.get(name);
        const timex = day !== undefined ? `XXXX-WXX-${Number(day) || 7}` : month ? `XXXX-${pad(Number(month))}` : `XXXX-${season}`;
        return { start, end, type: 'SET', timex, rule: 'every-named' };
      },
    },
    {
      name: 'anaphora',
      triggers: ['day', 'week', 'month', 'year', 'quarter'], reach: 30,
      // "the next day" is the day after the one under discussion; "the next year" is left to this-unit (often a span ahead).
      pattern: /\b(?:(?:that|the\s+same)\s+(?<same>day|week|month|year|quarter)|the\s+(?<dir>following|previous|preceding|prior)\s+(?<unit>day|week|month|quarter|year)|the\s+(?<dir3>next)\s+(?<unit3>day)|the\s+(?<unit2>day|week|month|year)\s+(?<dir2>before|after|earlier|later)(?<last>(?<=before)\s+last(?![\w-]|\s+(?:week|month|year|night|time|season|spring|summer|autumn|fall|winter|\w+day|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b))?)\b/gi,
      build(match, context) {
        const g = match.groups!;
        const { start, end } = spanOf(match);
        // "the week before last" is two weeks back from now, as "the day before yesterday" is two days.
        if (g.last) {
          const unit2 = g.unit2.toLowerCase() as 'day' | 'week' | 'month' | 'year';
          return { start, end, type: 'DATE', timex: context.ref ? relativeTimex(context.ref, unit2, -2) : 'XXXX', rule: 'before-last' };
        }
        const unit = (g.same ?? g.unit ?? g.unit3 ?? g.unit2).toLowerCase() as 'day' | 'week' | 'month' | 'year' | 'quarter';
        // "Oct. 12, the day before the plunge": an apposition restates the date; "before …" relates it to an event.
        if (g.dir2 && APPOSITION_AFTER_DATE.test(context.text.slice(Math.max(0, start - 12), start)) && /^\s+(?:the|a|an|his|her|its|their)\b/i.test(context.text.slice(end, end + 8))) {
          return { start, end: start + match[0].slice(0, -g.dir2.length).trimEnd().length, type: 'DATE', timex: 'XXXX', rule: 'anaphora', anaphor: { unit, shift: 0 } };
        }
        const dir = (g.dir ?? g.dir3 ?? g.dir2 ?? '').toLowerCase();
        const shift = dir === '' ? 0 : /following|next|after|later/.test(dir) ? 1 : -1;
        return { start, end, type: 'DATE', timex: 'XXXX', rule: 'anaphora', anaphor: { unit, shift } };
      },
    },
    {
      name: 'the-year',
      // Company reports say "for the year" of the year under discussion; "the year ended Sept. 30"
      // is a twelve-month duration (its end date is tagged on its own), as TimeML reads it.
      // "the end of the year" keeps its part in the span; the value stays the year (TimeML's mod=END).
      // "the month" likewise ("by the end of the month"), but "the month of Ramadan" names no date.
      pattern: /\b(?:(?:the\s+(?<part>end|beginning|start|middle)\s+of\s+)?the\s+(?:(?<which>full|whole|entire|current|latest|most\s+recent)\s+)?(?:fiscal\s+)?(?<unit>year|week|month(?!\s+of\b)|(?<=(?:end|beginning|start|middle)\s+of\s+the\s+)decade)|(?<end>year[\s-]end|year['’]s\s+end))(?![\w-]|['’]s?\s+end\b|\s+(?:before|after|earlier|later|ago)\b)(?<ended>\s+(?:ended|ending)\b)?/gi,
      triggers: ['year', 'week', 'month', 'decade'],
      reach: 30,
      build(match, context) {
        const g = match.groups!;
        const start = match.index;
        const end = start + match[0].length - (g.ended?.length ?? 0);
        const unit = g.end ? 'year' : (g.unit.toLowerCase() as 'year' | 'week' | 'month' | 'decade');
        // "by the end of the decade": the decade running at publication (never one under discussion).
        if (unit === 'decade') {
          const named = g.part?.toLowerCase();
          if (!named || !context.ref) return undefined;
          return { start, end, type: 'DATE', timex: relativeTimex(context.ref, 'decade', 0), rule: 'the-decade', part: named === 'end' ? 'end' : named === 'middle' ? 'middle' : 'start' };
        }
        if (g.ended) return unit === 'year' ? { start, end, type: 'DURATION', timex: 'P1Y', durationDays: 365.25, rule: 'the-year' } : undefined;
        // "by year-end", "since year-end": the end of the year running at publication, or of the one before
        // once it lies behind ("since", a past clause). The hyphened "year-end" is the books' closing day, 31 December
        // (TimeBank's "by year-end", "since year-end"); "year end", "year's end" and "the end of the year" stay the
        // year with its end part (TimeML's mod=END), as TimeBank values them. Before a noun ("year-end net") it stays anaphoric.
        if (g.end && context.ref && !BEFORE_A_NOUN.test(context.text.slice(end, end + 24))) {
          const tense = context.tenseAt(start, end);
          const behind = /\bsince\s+$/i.test(context.text.slice(Math.max(0, start - 8), start)) || tense === 'past' || tense === 'perfect';
          const y = behind && !(context.ref.m === 12 && context.ref.d === 31) ? context.ref.y - 1 : context.ref.y;
          if (/-/.test(g.end)) return { start, end, type: 'DATE', timex: `${pad(y, 4)}-12-31`, rule: 'year-end' };
          return { start, end, type: 'DATE', timex: pad(y, 4), rule: 'year-end', part: 'end' };
        }
        // With no date mentioned before it, it is the reference year (or week, or month); "the current year" always is.
        const timex = context.ref ? relativeTimex(context.ref, unit, 0) : 'XXXX';
        const part = g.part ? ({ end: 'end', middle: 'middle' } as const)[g.part.toLowerCase() as 'end' | 'middle'] ?? 'start' : undefined;
        const parted = part ? { part } : {};
        if (g.which?.toLowerCase() === 'current' && context.ref) return { start, end, type: 'DATE', timex, rule: 'the-current-year', ...parted };
        // "the latest fiscal year" is the last one that has ended, as "the latest quarter" is.
        if (/latest|recent/i.test(g.which ?? '') && context.ref) return { start, end, type: 'DATE', timex: relativeTimex(context.ref, unit, -1), rule: 'the-latest-year', ...parted };
        // "for the full year": the year whose results are reported, as against a part of it.
        const reported = g.which?.toLowerCase() === 'full' ? { reported: true } : {};
        return { start, end, type: 'DATE', timex, rule: 'the-year', anaphor: { unit, shift: 0, ...reported }, ...parted };
      },
    },
    {
      // "earlier in the day", "later in the day" can only mean the day under discussion (the reference day in a lead).
      name: 'in-the-day',
      triggers: ['day'], reach: 4,
      pattern: /(?<=\b(?:earlier|later|early|late)\s+in\s+)the\s+day\b(?![\w-])/gi,
      build(match, context) {
        const { start, end } = spanOf(match);
        return { start, end, type: 'DATE', timex: context.ref ? relativeTimex(context.ref, 'day', 0) : 'XXXX', rule: 'in-the-day', anaphor: { unit: 'day', shift: 0 } };
      },
    },
    {
      // "sold heavily in the morning", "that evening": that part of the day under discussion (the reference day in a lead).
      name: 'in-the-part-of-day',
      triggers: ['morning', 'afternoon', 'evening', 'night'], reach: 14,
      // "the next morning", "the previous night": that part of the day after or before it.
      pattern: /(?:(?<=\b(?:in|during|through)\s+)the|\b(?<that>that|the\s+same)|\bthe\s+(?<dir>next|following|previous|preceding))\s+(?<part>morning|afternoon|evening|night)\b(?![\w-]|\s+(?:of|before|after)\b)/gi,
      build(match, context) {
        const { start, end } = spanOf(match);
        // "said that night raids continue": a conjunction before a compound noun.
        if (match.groups!.that && BEFORE_A_NOUN.test(context.text.slice(end, end + 24))) return undefined;
        const part = 'T' + words.byKind['part-of-day'].get(match.groups!.part.toLowerCase())!;
        const dir = match.groups!.dir?.toLowerCase();
        const shift = !dir ? 0 : dir === 'next' || dir === 'following' ? 1 : -1;
        return { start, end, type: 'TIME', timex: context.ref ? relativeTimex(context.ref, 'day', shift) + part : 'XXXX', rule: 'in-the-part-of-day', anaphor: { unit: 'day', shift, part } };
      },
    },
    {
      name: 'period-anaphora',
      triggers: ['quarter', 'period', 'year', 'prior'], reach: 40,
      // Company reports compare "the quarter" with "the year-earlier quarter": both refer to the period under discussion.
      // "the corresponding period last year", "last year's quarter", "the quarter a year ago": that period a year back.
      // "The quarter-to-quarter comparison" names no period; "the quarter ended Sept. 30" is named by its date.
      pattern: /\b(?:(?<back>the\s+(?:(?:same|corresponding|comparable|like)\s+)?(?:fiscal\s+)?(?:quarter|period)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before))|last\s+year['’]s\s+(?:fiscal\s+)?(?:quarter|period))|the\s+(?<adj>latest\s+|most\s+recent\s+|current\s+|(?:(?:same|comparable|corresponding)\s+)?(?:year-earlier|year-ago|prior-year|previous-year|year\s+earlier)\s+|same\s+|comparable\s+)?(?:fiscal\s+)?(?<what>quarter|period)(?!\s+(?:of|ended|ending)\b|-)|(?<bare>year-earlier|year-ago|prior-year)(?![\s-]+(?:quarter|period|\w+\s+(?:quarter|period)))|the\s+(?<year>1\d{3}|20\d{2})\s+(?:fiscal\s+)?(?:quarter|period)(?!\s+(?:of|ended|ending)\b)|the\s+(?:fiscal\s+)?(?<closed>quarter)(?=\s+(?:ended|ending)\b))\b/gi,
      build(match, context) {
        const g = match.groups!;
        if (g.what?.toLowerCase() === 'period' && !g.adj) return undefined;
        const { start, end } = spanOf(match);
        if (g.back) return { start, end, type: 'DATE', timex: 'XXXX', rule: 'period-anaphora', anaphor: { unit: 'period', shift: -1 } };
        // "the quarter ended Sept. 30": the date after it says which quarter (resolve-references.ts).
        if (g.closed) return { start, end, type: 'DATE', timex: 'XXXX', rule: 'quarter-ended', anaphor: { unit: 'period', shift: 0, closedBy: true } };
        // "the 1988 period": the period under discussion, in the year stated.
        if (g.year) return { start, end, type: 'DATE', timex: g.year, rule: 'period-anaphora', anaphor: { unit: 'period', shift: 0, year: Number(g.year) } };
        const adj = (g.adj ?? g.bare ?? '').toLowerCase();
        // "The current quarter" is the one running at publication, whatever was discussed before.
        if (adj.startsWith('current') && g.what.toLowerCase() === 'quarter') {
          return { start, end, type: 'DATE', timex: context.ref ? relativeTimex(context.ref, 'quarter', 0) : 'XXXX-QX', rule: 'current-quarter' };
        }
        const earlier = /year|prior|previous/.test(adj);
        const latest = /latest|recent/.test(adj);
        return { start, end, type: 'DATE', timex: 'XXXX', rule: 'period-anaphora', anaphor: { unit: 'period', shift: earlier ? -1 : 0, ...(latest ? { completed: true } : {}) } };
      },
    },
    {
      name: 'eve-of',
      triggers: ['eve'], reach: 10,
      pattern: new RegExp(`\\b(?<core>the\\s+eve\\s+of\\s+(?<what>(?:[\\w’'.-]+\\s+){0,4}?(?:${EVENT_NOUNS})))\\b`, 'gi'),
      build(match) {
        const { start, end } = spanOf(match);
        const what = match.groups!.what;
        const cues = what.split(/\s+/).map((word) => word.replace(/['’]s$/, '')).filter((word) => /^[A-Z]/.test(word));
        const noun = new RegExp(`(?:${EVENT_NOUNS})$`, 'i').exec(what)![0].toLowerCase().replace(/s$/, '');
        return { start, end, type: 'DATE', timex: 'XXXX-XX-XX', rule: 'eve-of', eveOf: [noun, ...cues] };
      },
    },
  ];
  return rules;
}
