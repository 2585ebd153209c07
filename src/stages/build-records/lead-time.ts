import type { TimeMention, TimeValue } from '../../model/time-value.js';
import { spanContains } from '../../model/span.js';
import type { TimeContext } from './choose-time.js';
import { isDatelineDate } from './dateline.js';
import { isBylineDate, isPageDate } from './page-date.js';
import { datesAnotherAct } from './reference-date.js';
import { clauseOfDate, inSinceClause } from './clause-of-date.js';

/** How many sentences after the headline the lead may take to give its day: a lead may open on its source ('The army has said …'). */
const LEAD_REACH = 2;

/**
 * The day the lead gives the story, for a headline dated only by the page's own date ('Sat Nov 18 2017 20
 * civilians killed in car bomb attack. 20 civilians were killed … on Friday evening'): the page's date tells
 * when the page went up, the lead when its act happened, and a headline states the lead's act again.
 * The first sentences after `sentence` are read in order; in each, a day wins over a wider date. A date
 * that belongs to a relative or 'since' clause, names another act ('following an August 21 attack'), or
 * lies after publication dates something else. Undefined when the lead gives no date.
 */
export function leadTime(sentence: number, context: TimeContext): TimeValue | undefined {
  const today = context.published?.slice(0, 10) ?? '9999-12-31';
  for (let s = sentence + 1; s < context.sentences.length && s - sentence <= LEAD_REACH; s++) {
    const own = context.times.filter((t) => spanContains(context.sentences[s], t.span) && storyDate(t, today, context));
    const day = own.find((t) => t.value!.start === t.value!.end) ?? own[0];
    if (day) return day.value;
  }
  return undefined;
}

/** A dated mention that can date the story: not the page's or the dateline's, not bound to another clause or act, not ahead. */
function storyDate(t: TimeMention, today: string, context: TimeContext): boolean {
  if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.value?.start || t.value.start > today) return false;
  if (isPageDate(t.span, context.text) || isDatelineDate(t.span, context.text) || isBylineDate(t.span, context.text, t.value.start, context.published)) return false;
  return !datesAnotherAct(t, context.tokens) && clauseOfDate(t, context.tokens, context.times) === undefined && !inSinceClause(t, context.tokens);
}
