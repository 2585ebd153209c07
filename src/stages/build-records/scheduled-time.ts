import type { TimeValue } from '../../model/time-value.js';
import { datedTimes, type TimeQuery, type TimeContext } from './choose-time.js';

/** What sets a coming act's start: 'a ceasefire … to begin at 8:00 am on Thursday', 'the truce will take effect on Monday'. */
const STARTS = /\b(?:to|will|would|shall|due\s+to|set\s+to)\s+(?:begin|start|take\s+effect|come\s+into\s+force|enter\s+into\s+force|go\s+into\s+effect|run\s+from)\b/gi;

/**
 * The time a coming act is set to start, when its own clause says so after the trigger ('announced a
 * 72-hour ceasefire …, to begin at 8:00 am on Thursday'): that time, not the announcement's, is the
 * act's. Undefined when no such phrase with a date follows the trigger in its sentence.
 */
export function scheduledTime(query: TimeQuery, context: TimeContext): TimeValue | undefined {
  const sentence = context.sentences[query.sentence];
  const after = context.text.slice(query.trigger.end, sentence.end);
  STARTS.lastIndex = 0;
  const phrase = STARTS.exec(after);
  if (!phrase) return undefined;
  const from = query.trigger.end + phrase.index + phrase[0].length;
  const times = datedTimes(context).filter((t) => t.span.start >= from && t.span.end <= sentence.end && t.span.start - from <= 60);
  // 'at 8:00 am (0600 GMT) on Thursday': the day, not the clock time read on the day of publication.
  return (times.find((t) => t.type === 'DATE') ?? times[0])?.value;
}
