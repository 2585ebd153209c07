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
