import type { EventRecord } from '../../model/event-record.js';
import type { EventMention } from '../../model/event-mention.js';

/**
 * 'Rebels have responded to the shelling with mortars', 'retaliated for the bombardment', 'in
 * response to the attack': the act answers an event the story has already told (a definite noun).
 */
const REPLY = /\b(?:(?:respond|repl(?:y|ie)|retaliat)\w*\s+(?:to|for|against)|in\s+(?:response|reply|retaliation)\s+(?:to|for))\s+(?:the|this|that|these|those|their|its)\s+([a-z-]+)/gi;

/** The start of the definite noun a reply names in its clause, or undefined for an act that answers nothing. */
export function answeredNoun(clause: { start: number; end: number }, text: string): number | undefined {
  REPLY.lastIndex = 0;
  const match = REPLY.exec(text.slice(clause.start, clause.end));
  return match ? clause.start + match.index + match[0].length - match[1].length : undefined;
}

/**
 * The time of the act a reply answers, when the reply's own time (often the narrative time of an
 * unrelated sentence) would put it before that act: a reply never comes before what it answers.
 * The answered act is the nearest earlier record of the type the answered noun names (of the reply's own
 * type when the noun is no event mention).
 * Undefined when the record answers nothing, or its time already fits.
 */
export function replyTime(record: EventRecord, clause: { start: number; end: number }, earlier: readonly EventRecord[], mentions: readonly EventMention[], text: string): EventRecord['time'] {
  const noun = answeredNoun(clause, text);
  if (noun === undefined) return undefined;
  // A noun the story already told as an event is often not an event mention again ('the bombardment' after
  // 'artillery pounded …'): a retaliation then answers an act of its own kind.
  const type = mentions.find((m) => m.trigger.start === noun)?.type ?? record.type;
  const answered = [...earlier].reverse().find((r) => r !== record && r.type === type && r.time?.start && r.trigger.start < noun);
  const after = answered?.time;
  if (!after?.start) return undefined;
  if (record.time?.end && record.time.end >= after.start) return undefined;
  return after;
}
