import type { Span } from './span.js';

/** How exact a resolved time is. */
export type TimePrecision = 'day' | 'range' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'approximate' | 'ongoing';

/** Parts of a date that the text did not state and sitrep inferred (from the publication date, the tense, context). */
export type InferredPart = 'year' | 'month' | 'day';

/**
 * A time the text refers to, resolved to a closed interval of whole days.
 * Example ('27 February' in an article published 2016-07-28):
 *   { start: '2016-02-27', end: '2016-02-27', precision: 'day', inferred: ['year'], evidence: { start: 412, end: 423 } }
 * When the year cannot be inferred (no publication date), start/end are absent and
 * `unresolved` lists the missing parts: { month: 2, day: 27, unresolved: ['year'], … }.
 */
export interface TimeValue {
  /** First day, YYYY-MM-DD. Absent when unresolved. */
  start?: string;
  /** Last day, YYYY-MM-DD, inclusive. Absent when unresolved. */
  end?: string;
  precision: TimePrecision;
  inferred: InferredPart[];
  /** Parts that could not be resolved at all (no year in the text and no publication date). */
  unresolved?: InferredPart[];
  /** The stated parts, kept when the value is unresolved. */
  month?: number;
  day?: number;
  evidence: Span;
}

/**
 * One time expression in the text, typed as TimeML types it.
 * Example: { span: {…'for a week'}, text: 'a week', type: 'DURATION', timex: 'P1W' }
 * Example: { span: {…'July 14-15'}, text: 'July 14-15', type: 'DATE', timex: '2016-07-14', value: {start:'2016-07-14', end:'2016-07-15', precision:'range', …} }
 */
export interface TimeMention {
  span: Span;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The TimeML (TIMEX3) normalised value: '2016-07-15', '2016-W30', '2016-08', 'P1W', 'PRESENT_REF', 'XXXX-02-27'. */
  timex: string;
  /** The interval it denotes; absent for durations and sets, which are never dates. */
  value?: TimeValue;
  /** Durations keep their length in days, approximate for months and years ('a week' = 7). */
  durationDays?: number;
  /** Which rule produced it, for explanations and debugging: 'chrono', 'recent-weeks', 'eve-of', … */
  rule: string;
}
