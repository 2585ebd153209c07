import type { EventRecord } from '../../model/event-record.js';
import { tollAgainstNone } from './told-without-toll.js';
import type { MergeContext } from './merge-context.js';
import { HAPPENED, overlaps, samePlace, conflictingParties, sharedParties, groundAndAir } from './merge-compatibility.js';
import { sameFigure } from './report-figures.js';
import { absorbReport } from './absorb-report.js';
import { frontierPlace } from './frontier-place.js';
import { isPageDate } from './page-date.js';

/**
 * The headline states the lead's event again: a headline record joins the first later record of
 * the same type that it does not contradict (times, places, factuality, named parties), even when
 * it names nobody ("Air strikes on Idlib market town kill civilians" and the lead's account). Two headline acts of one type
 * ('checkpoint attacked; 11 militants killed in raid') are two events: never one body record; a toll joins the report giving it.
 */
export function mergeHeadline(records: EventRecord[], isHeadline: (r: EventRecord) => boolean, context?: MergeContext): EventRecord[] {
  const out: EventRecord[] = [];
  const headlines: EventRecord[] = [], joined = new Set<EventRecord>();
  for (const record of records) {
    if (isHeadline(record)) { headlines.push(record); continue; }
    out.push(record);
  }
  for (const head of headlines) {
    // A headline with no date of its own ('Russia announces 72-hour truce'), or only the day of publication,
    // it may announce what the body dates ahead ('to begin on Thursday'), a plan.
    const undated = !head.time?.start || head.time.precision === 'ongoing' || (context?.text !== undefined && isPageDate(head.time.evidence, context.text));
    const bodies = out.filter((r) => r.type === head.type && !joined.has(r)
      && (HAPPENED.has(r.factuality) === HAPPENED.has(head.factuality) || (undated && r.factuality === 'planned'))
      && (overlaps(r, head) || undated) && (samePlace(r, head, context) || frontierPlace(head, context?.text)) && !conflictingParties(r, head) && !(sharedParties(r, head).swapped && !oneSided(head))
      && !(context && (groundAndAir(head, r, context) || groundAndAir(r, head, context) || (context.text && tollAgainstNone(r, head, context.text)))));
    const body = bodies.find((r) => (head.fatalities || head.injured) && sameFigure(r, head)) ?? bodies[0];
    if (body) {
      absorbReport(body, head, context); joined.add(body); body.evidence.sort((a, b) => a.start - b.start);
    } else out.push(head);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * A headline naming one party only ('talks suspended after police station bombing'): which side it
 * stands on is the parser's guess from a string of nouns, too thin to set it against the body's roles.
 */
function oneSided(head: EventRecord): boolean {
  return head.actors.length === 0 || head.recipients.length === 0;
}
