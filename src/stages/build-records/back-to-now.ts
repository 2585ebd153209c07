import type { TimeValue } from '../../model/time-value.js';
import { spanContains } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import type { TimeContext } from './choose-time.js';
import { isPresentTense } from './present-clause.js';

// When the story has come back to now: 'The regime first deployed warplanes in July 2012. Now there are air strikes
// every day. Kurds made fresh advances …': the old month is background, and the advance is today's news.

/** True when the sentence gives no date and its main verb is in the present ('Now there are air strikes every day'). */
export function presentSentence(sentence: number, context: TimeContext): boolean {
  const span = context.sentences[sentence];
  if (context.times.some((t) => t.value?.start && spanContains(span, t.span))) return false;
  const first = context.tokens[firstTokenFrom(context.tokens, span.start)];
  return first !== undefined && isPresentTense({ clause: span, trigger: { start: first.start, end: first.end }, sentence, attributed: false }, context);
}

/** True when a value ends more than a month before the publication day. */
export function olderThanAMonth(value: TimeValue, published: string | undefined): boolean {
  if (!published || !value.end) return false;
  const monthBefore = new Date(Date.parse(published.slice(0, 10)) - 31 * 86_400_000).toISOString().slice(0, 10);
  return value.end < monthBefore;
}
