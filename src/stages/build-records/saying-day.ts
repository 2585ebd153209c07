import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-value.js';

const SAYING_DAY_BEFORE = /^\s*(?:(?:late|early)\s+)?on\s+$/i;
const THAT_AFTER = /^\s*,?\s*that\b/i;

/**
 * 'denied on Monday that …': a date between the verb and its 'that' dates the saying, not what was said, so it may
 * date what the same speaker goes on to tell ('… and said troops were fighting').
 */
export function datesTheSaying(content: Span, time: TimeMention, text: string): boolean {
  return SAYING_DAY_BEFORE.test(text.slice(content.start, time.span.start)) && THAT_AFTER.test(text.slice(time.span.end, time.span.end + 8));
}
