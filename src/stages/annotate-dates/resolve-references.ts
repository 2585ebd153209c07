import type { Candidate } from './candidate.js';
import type { Sentence } from '../../model/token.js';
import { intervalOfTimex } from './timex-interval.js';
import { relativeTimex, shiftTimex } from './relative-timex.js';
import { resolveWeekday } from './relative-rules.js';
import { isDatelineDate } from '../build-records/dateline.js';
import { addDays, formatDay, parseDay, quarterOf, pad, type Day } from './calendar.js';

// A quarter mentioned this close before "a year ago" is what the comparison is about.
const PERIOD_REACH = 600;
// A blank line: the paragraph ends.
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
// What lies between a period and the date that closes it: "the third quarter [ ended ] Sept. 30".
const PERIOD_CLOSE = /^\s+(?:ended|ending|that\s+ended|which\s+ended)(?:\s+on)?\s+$/i;

/** The timex at a coarser unit: '1990-08-02' → '1990' for 'year'; quarters and halves stay as they are for 'year'. */
function atUnit(timex: string, unit: string): string | undefined {
  if (/^\d{4}-[QH]\d$/.test(timex)) return unit === 'year' || unit === 'quarter' ? timex : undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex);
  const month = /^(\d{4})-(\d{2})$/.exec(timex);
  if (unit === 'day') return day ? day[0] : undefined;
  if (unit === 'week') return day ? relativeTimex(parseDay(day[0])!, 'week', 0) : /^\d{4}-W\d\d$/.test(timex) ? timex : undefined;
  if (unit === 'month') return day ? timex.slice(0, 7) : month ? timex : undefined;
  if (unit === 'quarter') return day || month ? `${timex.slice(0, 4)}-Q${quarterOf(Number(timex.slice(5, 7)))}` : undefined;
  if (unit === 'year') return /^\d{4}/.test(timex) ? timex.slice(0, 4) : undefined;
  return undefined;
}

function shiftAtUnit(base: string, unit: string, shift: number): string | undefined {
  if (shift === 0) return base;
  if (/^\d{4}-W\d\d$/.test(base)) {
    const range = intervalOfTimex(base)!;
    return relativeTimex(addDays(parseDay(range.start)!, 7 * shift), 'week', 0);
  }
  return shiftTimex(base, unit as 'year', shift);
}

/**
 * Resolves, in text order, the candidates that point at other dates: anaphora take the last
 * calendar date mentioned before them; "the quarter" and "year-earlier" take the last quarter
 * (or the last completed one); "the eve of" takes the day before the earliest dated mention of
 * the same event. Returns the candidates with their timex filled in.
 */
export function resolveReferences(candidates: Candidate[], ref: Day | undefined, text: string, sentences: readonly Sentence[]): Candidate[] {
  let last: string | undefined;
  let latestDay: string | undefined;
  let lastDay: string | undefined;
  let lastEnd = -1;
  let lastPeriod: { timex: string; end: number; candidate?: Candidate } | undefined;
  let lastEnded: { timex: string; end: number } | undefined;
  let firstEnded: { timex: string; end: number } | undefined;
  let monthsSince = -1;
  // After "the first nine months" the months are under discussion, no longer the quarter before them:
  // "a year earlier" is then that stretch of the year before, named by its year.
  const monthsAfter = (end: number) => monthsSince > end;
  nameClosedQuarters(candidates, text);
  for (const c of candidates) {
    const a = c.anaphor;
    if (a?.closedBy) {
      // Named by its date, which stays what "a year earlier" is counted from; with no date it is dropped below.
    } else if (a?.unit === 'period') {
      // Results compared "year-ago" are reported ones, so the period must have ended, as for "the latest";
      // with none ended, the one named stands (a fiscal fourth quarter reported in November).
      const named = a.completed || a.shift < 0 ? lastEnded ?? lastPeriod : lastPeriod;
      // Named in an earlier paragraph, a period is no longer under discussion ("After a flat second
      // quarter, …" then, below, "the year-earlier period"): the report's own period, its first ended one, is.
      const candidate = named && firstEnded && named !== firstEnded && PARAGRAPH_BREAK.test(text.slice(named.end, c.start)) ? firstEnded : named;
      if (a.year !== undefined) {
        // After "the first nine months" the period is no quarter; with none under discussion, the year is all that is stated.
        c.timex = candidate && !monthsAfter(candidate.end) ? `${pad(a.year, 4)}${candidate.timex.slice(4)}` : pad(a.year, 4);
      } else {
        const base = candidate && a.shift !== 0 && monthsAfter(candidate.end) ? candidate.timex.slice(0, 4) : candidate?.timex ?? (ref ? relativeTimex(ref, 'quarter', -1) : undefined);
        const timex = base && shiftAtUnit(base, 'year', a.shift);
        if (timex) c.timex = timex;
      }
      // "In the 1989 period", "the quarter": the period restated is under discussion again, for a "year ago" after it.
      if (candidate && c.timex === candidate.timex) lastPeriod = { ...candidate, end: c.end };
    } else if (a?.fromRef) {
      // Further on, the quarter is still what is compared while no other date has been stated since it.
      const discussed = lastPeriod && (c.start - lastPeriod.end < PERIOD_REACH || lastEnd <= lastPeriod.end);
      if (a.unit === 'year' && lastPeriod && discussed && !monthsAfter(lastPeriod.end)) c.timex = shiftAtUnit(lastPeriod.timex, 'year', a.shift) ?? c.timex;
    } else if (a?.latestDay) {
      if (latestDay) c.timex = latestDay;
    } else if (a?.weekday !== undefined) {
      const base = last && atUnit(last, 'day');
      if (base) c.timex = formatDay(resolveWeekday(parseDay(base)!, a.weekday, a.shift < 0 ? 'past' : 'future', true));
    } else if (a) {
      // "that year" or "the year" after "the third quarter" is the whole year; only counted
      // shifts ("a year earlier") keep the quarter under discussion.
      const wholeYear = a.unit === 'year' && (a.shift === 0 || monthsAfter(lastEnd));
      // "a year earlier" than Aug. 12 is Aug. 12 of the year before; "the following year" is a whole year.
      const sameDay = a.counted && a.unit === 'year' && /^\d{4}-\d{2}(-\d{2})?$/.test(last ?? '');
      // A year ahead of the reference one was named as a target ("by 2021"), not as the year reported.
      const target = a.reported && ref && last !== undefined && Number(last.slice(0, 4)) > ref.y;
      // "Two days later" after "that week" still counts from the last day stated, not from publication.
      const from = a.counted && a.unit === 'day' && last && !atUnit(last, 'day') ? lastDay ?? last : last;
      const base = from && !target ? (wholeYear ? from.slice(0, 4) : sameDay ? from : atUnit(from, a.unit)) : undefined;
      const fromRef = ref && relativeTimex(ref, a.unit === 'quarter' ? 'quarter' : a.unit, 0);
      const timex = base ? shiftAtUnit(base, a.unit, a.shift) : (a.shift !== 0 || target) && fromRef ? shiftAtUnit(fromRef, a.unit, a.shift) : undefined;
      // The part named goes with the unit: a half of a year ('1987-H2'), a time of a day ('2003-10-24TMO').
      if (timex) c.timex = a.part && /^\d{4}$/.test(timex) ? `${timex}-${a.part}` : a.part?.startsWith('T') && /^\d{4}-\d{2}-\d{2}$/.test(timex) ? timex + a.part : timex;
    }
    if (c.type === 'DURATION' && /^P\d+M$/.test(c.timex)) monthsSince = c.start;
    // Only stated dates become antecedents, so "a year earlier" after "a year earlier" does not drift;
    // a time of a day ("the morning of 25 September", "10 p.m. Friday") stands for its day.
    const stated = c.type === 'DATE' || (c.type === 'TIME' && /^\d{4}-\d{2}-\d{2}T/.test(c.timex));
    // "the fiscal first quarter ended Sept. 30": the date closes the period, which stays under discussion.
    const closesPeriod = lastPeriod?.end !== undefined && lastPeriod.end === lastEnd && PERIOD_CLOSE.test(text.slice(lastEnd, c.start));
    // The date that closes a quarter whose year was only inferred tells its year when it lies a year or more back
    // ("the second quarter ended Oct. 31, 1988"); a later one may close a fiscal year named otherwise, so is left alone.
    if (closesPeriod && stated && lastPeriod?.candidate?.inferred?.includes('year') && /^\d{4}/.test(c.timex) && c.timex.slice(0, 4) < lastPeriod.timex.slice(0, 4)) {
      const moved = c.timex.slice(0, 4) + lastPeriod.timex.slice(4);
      if (last === lastPeriod.timex) last = moved;
      lastPeriod.candidate.timex = moved;
      lastPeriod.timex = moved;
    }
    if (stated && !closesPeriod && /^\d{4}/.test(c.timex) && (!a || (a.shift === 0 && !a.fromRef && a.year === undefined && !a.closedBy))) {
      last = c.timex.split('T')[0];
      if (/^\d{4}-\d{2}-\d{2}$/.test(last)) lastDay = last;
      // A dateline's date is the filing's, not an act's the story tells.
      if (/^\d{4}-\d{2}-\d{2}$/.test(last) && (!ref || last <= formatDay(ref)) && (!latestDay || last > latestDay) && !isDatelineDate(c, text)) latestDay = last;
      lastEnd = c.end;
      // A period not yet begun is forecast ("losses through the second quarter of 2004"): the results
      // compared with "the year-ago period" are those of a period already running or past.
      if (/^\d{4}-[QH]\d$/.test(c.timex) && !(ref && (intervalOfTimex(c.timex)?.start ?? '') > formatDay(ref))) {
        lastPeriod = { timex: c.timex, end: c.end, candidate: c };
        // A quarter still running at publication is forecast, not reported: "the latest" is the one before.
        if (ref && (intervalOfTimex(c.timex)?.end ?? '') < formatDay(ref)) {
          lastEnded = lastPeriod;
          firstEnded ??= lastPeriod;
        }
      }
    }
  }
  for (const c of candidates) if (c.eveOf) resolveEve(c, candidates, text, sentences);
  // An anaphor with nothing to point at names no time; the eve of an undated event stays, unresolved.
  return candidates.filter((c) => !c.anaphor || c.timex !== 'XXXX');
}

/**
 * "The quarter ended July 31" ran from May: a fiscal quarter is named by the calendar quarter most of
 * its three months fall in, the one holding the day a month and a half before its close.
 */
function nameClosedQuarters(candidates: Candidate[], text: string): void {
  candidates.forEach((c, i) => {
    const close = candidates[i + 1];
    if (!c.anaphor?.closedBy || !close || !PERIOD_CLOSE.test(text.slice(c.end, close.start))) return;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(close.timex) ? parseDay(close.timex) : undefined;
    if (!day) return;
    const middle = addDays(day, -45);
    c.timex = `${pad(middle.y, 4)}-Q${quarterOf(middle.m)}`;
    if (close.inferred) c.inferred = close.inferred;
  });
}

function resolveEve(eve: Candidate, candidates: Candidate[], text: string, sentences: readonly Sentence[]): void {
  const [noun, ...names] = eve.eveOf!;
  const nounPattern = new RegExp(`\\b${noun}`, 'i');
  const related = sentences.filter((s) => {
    const body = text.slice(s.start, s.end);
    return nounPattern.test(body) || (names.length > 0 && names.every((name) => body.includes(name)));
  });
  let earliest: Day | undefined;
  for (const c of candidates) {
    if (c === eve || c.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(c.timex)) continue;
    if (!related.some((s) => c.start >= s.start && c.end <= s.end)) continue;
    const first = c.interval?.start ?? parseDay(c.timex)!;
    if (!earliest || formatDay(first) < formatDay(earliest)) earliest = first;
  }
  if (!earliest) return; // no dated mention of that event: stays unresolved, never guessed
  const day = addDays(earliest, -1);
  eve.timex = `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}
