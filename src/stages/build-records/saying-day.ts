import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-value.js';
import type { Attribution } from '../../model/source.js';
import { spanContains } from '../../model/span.js';

const SAYING_DAY_BEFORE = /^\s*(?:(?:late|early)\s+)?on\s+$/i;
const THAT_AFTER = /^\s*,?\s*that\b/i;

/**
 * 'denied on Monday that …': a date between the verb and its 'that' dates the saying, not what was said, so it may
 * date what the same speaker goes on to tell ('… and said troops were fighting').
 */
export function datesTheSaying(content: Span, time: TimeMention, text: string): boolean {
  return SAYING_DAY_BEFORE.test(text.slice(content.start, time.span.start)) && THAT_AFTER.test(text.slice(time.span.end, time.span.end + 8));
}

/** Kinds of event a source performs by speaking: a threat, a call or a charge is made on the day it is said. */
export const SAID_ACTS: ReadonlySet<string> = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT']);

/** How far after the verb of saying its day may stand: ' late on '. */
const CUE_TO_DAY = 12;

/**
 * 'Guards shot down a drone on Tuesday, the ministry said Wednesday. The ministry warned …': the days that date a
 * saying (outside what any source told), which date a statement told after them; the act told stands on Tuesday.
 */
export function sayingDays(days: readonly TimeMention[], attributions: readonly Attribution[]): TimeMention[] {
  return days.filter((t) => attributions.some((a) => a.cue.end <= t.span.start && t.span.start - a.cue.end <= CUE_TO_DAY)
    && !attributions.some((a) => spanContains(a.content, t.span)));
}
