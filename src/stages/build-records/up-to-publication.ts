import type { TimeValue } from '../../model/time-value.js';
import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { clauseTense } from '../annotate-dates/clause-tense.js';

/**
 * The time of an act told in the past, cut at the day of publication: 'troops this week captured two
 * hills' in a story of Friday happened by Friday, though the week runs on to Sunday. A time that starts
 * on the day of publication or after it looks ahead ('in the coming weeks') and is left alone (another
 * rule judges it), and so is an act told in the present or future ('will meet this week').
 * Example: upToPublication({ start: '2017-10-02', end: '2017-10-08', … }, trigger, tokens, '2017-10-06') → { start: '2017-10-02', end: '2017-10-06', … }
 */
export function upToPublication(time: TimeValue, trigger: Span, tokens: readonly Token[], published: string | undefined): TimeValue {
  const today = published?.slice(0, 10);
  if (!today || !time.start || !time.end || time.start >= today || time.end <= today) return time;
  // An empty span at the trigger lets a verb trigger be its own clause's verb ('captured'); a noun takes the nearest ('has stepped up air attacks').
  const tense = clauseTense(tokens, { start: trigger.start, end: trigger.start });
  if (tense !== 'past' && tense !== 'perfect') return time;
  return { ...time, end: today };
}
