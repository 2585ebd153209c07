import type { TimeValue } from '../../model/time-value.js';

/** 'since' right before a date: 'airstrikes since yesterday', 'has raged since Monday'. */
const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+)?$/i;

/**
 * An act told 'since' a day ('fierce shelling and airstrikes since yesterday', 'fighting has raged since Monday')
 * runs from that day up to the report: its time is the stretch from the day to the day of publication, not the
 * day alone.
 * Example: sinceDayToNow({ start: '2017-04-03', end: '2017-04-03', … evidence at 'yesterday' after 'since ' }, text, '2017-04-04') → { start: '2017-04-03', end: '2017-04-04', precision: 'range', … }
 */
export function sinceDayToNow(time: TimeValue, text: string, published: string | undefined): TimeValue {
  const today = published?.slice(0, 10);
  if (!today || !time.start || !time.end || time.end >= today || time.precision !== 'day') return time;
  if (!SINCE_BEFORE.test(text.slice(Math.max(0, time.evidence.start - 14), time.evidence.start))) return time;
  return { ...time, end: today, precision: 'range' };
}
