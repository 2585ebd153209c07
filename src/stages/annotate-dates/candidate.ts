import type { TimeMention, TimeValue, InferredPart } from '../../model/time-value.js';
import type { Day } from './calendar.js';
import type { Tense } from './clause-tense.js';

/**
 * What one rule proposes before overlaps are settled and anaphora resolved.
 * Example: { start: 412, end: 423, type: 'DATE', timex: '2016-02-27', rule: 'day-month', inferred: ['year'] }
 */
export interface Candidate {
  start: number;
  end: number;
  type: TimeMention['type'];
  timex: string;
  rule: string;
  /** An interval finer than the timex says ('early August' → 1-10 August, 'July 14-15'). */
  interval?: { start: Day; end: Day; precision: TimeValue['precision'] };
  inferred?: InferredPart[];
  durationDays?: number;
  /** Resolved later against the last date mentioned before it ('that year', 'a year earlier'). */
  anaphor?: Anaphor;
  /** The part of a week or year named ('the beginning of the week'): the value stays the whole, the days narrow. */
  part?: 'start' | 'middle' | 'end';
  /** Resolved later against a dated mention of the same event ('the eve of Kerry's visit'). */
  eveOf?: string[];
}

/** A reference back: `unit` of the last mentioned date, shifted by `shift` units. */
export interface Anaphor {
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period';
  shift: number;
  /** Counted from the reference day ('two years ago'); still moved onto a quarter under discussion ('a year ago' after 'the third quarter'). */
  fromRef?: boolean;
  /** A counted shift ('a year earlier', not 'the following year'): it keeps the day or month under discussion. */
  counted?: boolean;
  /** A part of the unit resolved, added to it ('H2' of 'the second half of the year' → '1987-H2'; 'TMO' of 'in the morning' → '2003-10-24TMO'). */
  part?: string;
  /** The year stated with it ('the 1988 period'): the period under discussion, moved to that year. */
  year?: number;
  /** A quarter the date right after it closes ('the quarter ended Sept. 30'); no such date, no time. */
  closedBy?: boolean;
  /** Only a period that ended by the reference day will do ('the latest quarter' after a forecast for the fourth). */
  completed?: boolean;
  /** That weekday (0 = Sunday) just before or after the last day mentioned ('the previous Friday', 'the following Monday'). */
  weekday?: number;
  /** The latest day stated before it, up to the reference day, rather than the last one ('Hours later' after a background date). */
  latestDay?: boolean;
  /** A period whose results are reported ('the full year'): one after the reference day's ('by 2021') is a target, so the reference's is meant. */
  reported?: boolean;
}

/** What rules know about the document: its reference day (absent: nothing relative resolves) and the tense at a span. */
export interface RuleContext {
  text: string;
  ref?: Day;
  tenseAt(start: number, end: number): Tense;
}

/**
 * One recogniser: a global regex and what a match means; undefined rejects the match.
 * `triggers` are lowercase word stems ('#' = a number) one of which every match holds within
 * `reach` characters of its start; the regex is only tried there (see scan-rules.ts).
 * Example: { name: 'quarter', pattern: /…/gi, triggers: ['quarter', 'half'], reach: 40, build }
 */
export interface Rule {
  name: string;
  pattern: RegExp;
  triggers?: readonly string[];
  reach?: number;
  build(match: RegExpExecArray, context: RuleContext): Candidate | Candidate[] | undefined;
}

/** The span of a match, or of its named group `core` when the rule keeps context outside the span. */
export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  const core = match.groups?.core;
  if (core !== undefined) {
    const offset = match[0].indexOf(core);
    return { start: match.index + offset, end: match.index + offset + core.length };
  }
  return { start: match.index, end: match.index + match[0].length };
}
