import type { EventRecord } from '../../model/event-record.js';

/**
 * 'found no basis for reports that', 'no evidence to support the allegation that', 'no sign that': what follows is
 * what the speaker found no ground for.
 */
const NO_GROUND_THAT = /\bno\s+(?:evidence|basis|proof|sign|indication)s?\b[^.!?]{0,60}?\bthat\s+/gi;
/** 'no civilians were injured or killed', 'no one was hurt': a harm verb whose subject is nobody. */
const NOBODY_HARMED = /\b(?:no\s+(?:one|civilians?|people|casualties|soldiers|troops)|nobody)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+\s+(?:or|and)\s+)?$/i;
/** How far before the act the words may stand, within one sentence. */
const REACH = 110;

/**
 * An act the text says there is no ground for ('U.S. officials said they found no basis for reports that civilians
 * were killed', 'the report found no evidence to support the allegation that members of the group were meeting') or
 * whose victims are nobody ('no civilians were injured or killed') did not happen as far as the story tells: no record.
 */
export function isActWithoutGround(r: EventRecord, text: string): boolean {
  const window = text.slice(Math.max(0, r.trigger.start - REACH), r.trigger.start);
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?]["”]?\s/g)].map((m) => m.index! + m[0].length)));
  if (NOBODY_HARMED.test(sentence)) return true;
  NO_GROUND_THAT.lastIndex = 0;
  return NO_GROUND_THAT.test(sentence);
}
