import type { EventRecord } from '../../model/event-record.js';

// 'Sporadic gunfire was still heard in the afternoon, but no new casualties were reported': the report says
// its incident cost no lives, so it cannot be the fighting whose toll another report gives; the two are apart.
const NO_TOLL = /\b(?:no|without(?:\s+causing)?(?:\s+any)?)\s+(?:new\s+|further\s+|more\s+|immediate\s+)?(?:casualties|deaths|fatalities|injuries|victims)\b|\bno(?:body|\s+one)\s+(?:was|were|had\s+been)\s+(?:killed|hurt|injured|wounded)\b/i;
const REACH = 300;

/** True when the sentence that tells the record says nobody was killed or hurt in it. */
export function toldWithoutToll(r: EventRecord, text: string): boolean {
  // Merging asks it of a record against every other: the trigger never moves, so the answer is kept with the record.
  const known = toldCache.get(r);
  if (known !== undefined && known.text === text && known.trigger === r.trigger) return known.told;
  const told = sentenceTellsNoToll(r, text);
  toldCache.set(r, { text, trigger: r.trigger, told });
  return told;
}

const toldCache = new WeakMap<EventRecord, { text: string; trigger: EventRecord['trigger']; told: boolean }>();

function sentenceTellsNoToll(r: EventRecord, text: string): boolean {
  const before = text.slice(Math.max(0, r.trigger.start - REACH), r.trigger.start);
  const start = Math.max(before.search(/[.!?]\s[^.!?]*$/) + 1, before.lastIndexOf('\n') + 1, 0);
  const after = text.slice(r.trigger.start, r.trigger.start + REACH);
  const end = after.search(/[.!?](?:\s|$)|\n/);
  return NO_TOLL.test(before.slice(start) + (end < 0 ? after : after.slice(0, end)));
}

/** One record has a toll and the other is told as costing none: two incidents, whatever else they share. */
export function tollAgainstNone(a: EventRecord, b: EventRecord, text: string): boolean {
  const toll = (r: EventRecord) => Boolean(r.fatalities || r.injured);
  return (toll(a) && !toll(b) && toldWithoutToll(b, text)) || (toll(b) && !toll(a) && toldWithoutToll(a, text));
}
