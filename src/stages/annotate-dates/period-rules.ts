import type { Candidate, Rule } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords, triggerWords } from './time-words.js';
import { DIGITS } from './scan-rules.js';
import { SPELLED_YEAR, spelledYearValue } from './spelled-year.js';
import { pad, daysInMonth } from './calendar.js';

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const ORDINAL_CENTURY: Record<string, number> = { fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 };

/** early/mid/late part of a year: thirds of it, as 'early August' takes thirds of a month. */
function yearPart(mod: string | undefined, y: number): Candidate['interval'] {
  if (!mod) return undefined;
  if (/early|beginning|start/i.test(mod)) return { start: { y, m: 1, d: 1 }, end: { y, m: 4, d: 30 }, precision: 'range' };
  if (/mid|middle/i.test(mod)) return { start: { y, m: 5, d: 1 }, end: { y, m: 8, d: 31 }, precision: 'range' };
  if (/late|end/i.test(mod)) return { start: { y, m: 9, d: 1 }, end: { y, m: 12, d: 31 }, precision: 'range' };
  return undefined;
}

let rules: Rule[] | undefined;

/** Years, seasons of a year, fiscal years, halves named by two quarters, decades, centuries, and 8-digit datelines ("19980114"). */
export function periodRules(): Rule[] {
  if (rules) return rules;
  const w = timeWords().alternation;
  const seasonStems = triggerWords('season');
  const mod = `(?<mod>(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?`;
  rules = [
    {
      name: 'year',
      triggers: [DIGITS + '4'], reach: 50,
      // Not a price, a count with a thousands separator, a percentage, part of a longer number, or the
      // number of a resolution, a decree or a road ('resolution 1701', 'Route 1901'), nor a page's clock time
      // before its numeric date ('1735 15.04.2017').
      pattern: new RegExp(`(?<![$€£\\d.,/-])(?<!\\b(?:${w['numbered-noun']})\\s+)\\b${mod}(?:(?:the\\s+)?(?<season>${w.season})\\s+(?:of\\s+)?)?(?:fiscal\\s+(?:year\\s+)?|the\\s+year\\s+)?(?<year>1[6-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,/]\\d|\\s*(?:percent|per\\s+cent)\\b|-\\d|\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`, 'gi'),
      build(match) {
        const g = match.groups!;
        const { start, end } = spanOf(match);
        const y = Number(g.year);
        if (g.season) {
          const code = timeWords().byKind.season.get(g.season.toLowerCase())!;
          return { start, end, type: 'DATE', timex: `${g.year}-${code}`, rule: 'season-year' };
        }
        return { start, end, type: 'DATE', timex: g.year, rule: 'year', interval: yearPart(g.mod, y) };
      },
    },
    {
      name: 'spelled-year',
      pattern: new RegExp(`\\b${mod}(?:(?:the\\s+)?(?<season>${w.season})\\s+(?:of\\s+)?)?(?<the>the\\s+year\\s+)?(?<spelled>${SPELLED_YEAR})(?![\\w-])`, 'gi'),
      triggers: ['nineteen', 'two'],
      reach: 50,
      build(match) {
        const g = match.groups!;
        const y = spelledYearValue(g.spelled);
        // "two thousand" is a count unless something calls it a year.
        if (y === undefined || (y >= 2000 && !g.the && !g.season)) return undefined;
        const { start, end } = spanOf(match);
        if (g.season) return { start, end, type: 'DATE', timex: `${y}-${timeWords().byKind.season.get(g.season.toLowerCase())!}`, rule: 'spelled-year' };
        return { start, end, type: 'DATE', timex: String(y), rule: 'spelled-year', interval: yearPart(g.mod, y) };
      },
    },
    {
      // "the '97 season": a year cut to two digits after an apostrophe, in the century that puts it nearest the reference year.
      name: 'short-year',
      triggers: [DIGITS + '2'], reach: 0,
      pattern: /(?<=(?:^|[^\w'’])['’])(?<yy>\d\d)(?![\w%:'’/-]|[.,]\d)/g,
      build(match, context) {
        const near = context.ref?.y ?? 2000;
        const base = Math.floor(near / 100) * 100 + Number(match.groups!.yy);
        const year = [base - 100, base, base + 100].reduce((best, y) => (Math.abs(y - near) < Math.abs(best - near) ? y : best));
        return { start: match.index - 1, end: match.index + 2, type: 'DATE', timex: pad(year, 4), rule: 'short-year' };
      },
    },
    {
      name: 'decade-word',
      pattern: /\bthe\s+(?:(?<mod>early|mid|late)[\s-]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
      triggers: Object.keys(DECADE_WORDS),
      reach: 20,
      build(match, context) {
        const { start, end } = spanOf(match);
        const n = DECADE_WORDS[match.groups!.word.toLowerCase()];
        // The last such decade before the reference year, as for "the '90s".
        const refYear = context.ref?.y ?? 1999;
        const century = n * 10 <= refYear % 100 ? Math.floor(refYear / 100) : Math.floor(refYear / 100) - 1;
        return { start, end, type: 'DATE', timex: `${century}${n}`, rule: 'decade-word' };
      },
    },
    {
      name: 'decade',
      triggers: [DIGITS], reach: 20,
      pattern: /\b(?:the\s+)?(?<mod>(?:early|mid|late)[\s-]+)?(?:(?<full>1[5-9]\d|20\d)0|['’](?<short>\d)0)['’]?s\b/gi,
      build(match, context) {
        const g = match.groups!;
        const { start, end } = spanOf(match);
        // "the '90s" is the last decade of that number before the reference year.
        const refCentury = context.ref ? Math.floor(context.ref.y / 100) : 19;
        const decade = g.full ?? (Number(g.short) * 10 <= (context.ref?.y ?? 1999) % 100 ? `${refCentury}${g.short}` : `${refCentury - 1}${g.short}`);
        return { start, end, type: 'DATE', timex: decade, rule: 'decade' };
      },
    },
    {
      name: 'century',
      triggers: ['century'], reach: 30,
      pattern: /\b(?:the\s+)?(?:(?<num>\d{1,2})(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century\b/gi,
      build(match) {
        const g = match.groups!;
        const n = g.num ? Number(g.num) : ORDINAL_CENTURY[g.word.toLowerCase().replace(/\s+/, '-')];
        if (!n) return undefined;
        const { start, end } = spanOf(match);
        return { start, end, type: 'DATE', timex: pad(n - 1, 2), rule: 'century' };
      },
    },
    {
      name: 'season',
      triggers: seasonStems, reach: 30,
      pattern: new RegExp(`\\b(?:in|during|by|until|since|through|over|into|of)\\s+(?<core>the\\s+(?<mod>(?:early|late)\\s+)?(?<season>${w.season})(?:\\s+of\\s+(?<which>last|this|next)\\s+year)?)\\b(?!\\s+(?:of\\s+)?\\d)`, 'gi'),
      build(match, context) {
        const { start, end } = spanOf(match);
        const code = timeWords().byKind.season.get(match.groups!.season.toLowerCase())!;
        if (!context.ref) return { start, end, type: 'DATE', timex: `XXXX-${code}`, rule: 'season' };
        // "the spring of last year": the year is named, so the tense has nothing to settle.
        const which = match.groups!.which?.toLowerCase();
        if (which) return { start, end, type: 'DATE', timex: `${pad(context.ref.y + (which === 'last' ? -1 : which === 'next' ? 1 : 0), 4)}-${code}`, rule: 'season' };
        const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[code]!;
        const tense = context.tenseAt(start, end);
        let y = context.ref.y;
        if ((tense === 'past' || tense === 'perfect') && first > context.ref.m) y -= 1;
        if (tense === 'future' && first + 2 < context.ref.m) y += 1;
        return { start, end, type: 'DATE', timex: `${pad(y, 4)}-${code}`, rule: 'season', inferred: ['year'] };
      },
    },
    {
      // Two quarters of a stated year are one of its halves, as TimeML names them ('1990-H1').
      name: 'two-quarters',
      triggers: ['quarters'], reach: 30,
      pattern: /\b(?:the\s+)?(?<which>first|last|final|second)\s+two\s+(?:fiscal\s+)?quarters\s+of\s+(?:fiscal\s+)?(?<year>1\d{3}|20\d{2})\b/gi,
      build(match) {
        const g = match.groups!;
        const { start, end } = spanOf(match);
        return { start, end, type: 'DATE', timex: `${g.year}-H${g.which.toLowerCase() === 'first' ? 1 : 2}`, rule: 'two-quarters' };
      },
    },
    {
      name: 'compact-date',
      triggers: [DIGITS + '8'], reach: 0,
      pattern: /(?<![\w.-])(?<y>1[6-9]\d\d|20\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\w.-])/g,
      build(match) {
        const g = match.groups!;
        if (Number(g.d) > daysInMonth(Number(g.y), Number(g.m))) return undefined;
        const { start, end } = spanOf(match);
        return { start, end, type: 'DATE', timex: `${g.y}-${g.m}-${g.d}`, rule: 'compact-date' };
      },
    },
  ];
  return rules;
}
