import type { Span } from '../../model/span.js';

/** What may stand before a page's date at the top of the page: a weekday, a posting label, or both ('Posted on', 'Sat'). */
const BEFORE_PAGE_DATE = /^\s*(?:(?:posted|published|updated|last\s+updated)(?:\s+(?:on|at))?\s*:?\s*|date\s+of\s+publication\s*:?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s*)?$/i;
/** A weekday that opens the page right before the page's date ('Thursday 12 May 2022'). */
const WEEKDAY_THEN_DATE = /^\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+(?:\d{1,2}\s+)?[A-Z0-9]/i;
const WEEKDAY_ONLY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?$/i;

/**
 * True when the span is the date a web page opens with ('Thursday 12 May 2022 Militia shells market …',
 * 'Posted on May 12 2022 by …'): the day the page was put up, which dates the report, not the acts its
 * headline and lead tell ('… shelled the market on Wednesday'), however near them it runs on. Only a
 * weekday or a posting label may stand before it; a weekday that opens the page before such a date is
 * the page's too.
 * Example: isPageDate({ start: 9, end: 20 }, 'Thursday 12 May 2022 Militia shells market') === true
 */
export function isPageDate(span: Span, text: string): boolean {
  if (span.start > 40) return false;
  const before = text.slice(0, span.start);
  if (WEEKDAY_ONLY.test(text.slice(span.start, span.end).trim())) return /^\s*$/.test(before) && WEEKDAY_THEN_DATE.test(text.slice(span.start, span.start + 40));
  return BEFORE_PAGE_DATE.test(before);
}

// A preposition before a date makes it the story's own ('on Monday 6 Aug 2012', 'since 6 Aug 2012').
const PREPOSITION_BEFORE = /\b(?:on|since|until|till|by|from|of|before|after|to|in|at|dated|for)\s*,?\s*$/i;
const WITH_YEAR = /\b\d{4}\b/;
// The date with its year that a weekday of the byline stands before ('Monday 6 Aug 2012', 'Monday, Aug. 6, 2012').
const DATE_WITH_YEAR_NEXT = /^[\s,]*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b/;

/**
 * True when the span is a byline date: the publication day written out with its year near the top of the page,
 * between the headline and the lead ('… hold their ground Ahram Online , Monday 6 Aug 2012 Syrian troops pounded …
 * on Sunday'). It dates the page, like a date that opens it, unless a preposition makes it the story's own.
 * Example: isBylineDate({ start: 39, end: 56 }, 'Troops shell district The Courier , Monday 6 Aug 2012 Troops shelled …', '2012-08-06', '2012-08-06') === true
 */
export function isBylineDate(span: Span, text: string, day: string | undefined, published: string | undefined): boolean {
  if (span.start > 300 || !day || !published || day !== published.slice(0, 10)) return false;
  const words = text.slice(span.start, span.end);
  const withYear = WEEKDAY_ONLY.test(words.trim()) ? DATE_WITH_YEAR_NEXT.test(text.slice(span.end, span.end + 24)) : WITH_YEAR.test(words);
  if (!withYear) return false;
  return !PREPOSITION_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
}
