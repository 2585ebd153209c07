import type { EventRecord, Participant } from '../../model/event-record.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution } from '../../model/source.js';
import { weaponOfAttacker } from './weapon-of-attacker.js';

// Acts a party does with its own forces: it may say so of itself ('its jets struck', 'their fighters attacked').
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT']);
/** How far before the act's author or trigger the claim may open: 'its [naval] aircraft', 'and that its artillery'. */
const REACH = 40;
// 'its aircraft', 'their fighters', 'its artillery': a possessive pronoun that opens the claim (or a clause of it after
// 'that' or 'and'), then at most two words before the party or the act's noun.
const OWN_FORCES = /(?:^|\bthat\s+|\band\s+)(?:its|their|our)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * 'The Israeli army said its aircraft had struck …', 'Hamas said its fighters fired …': the speaker claims an act of
 * its own forces, so the speaker's party did it. Only when the act's author is otherwise unknown or a bare
 * means ('aircraft', with no party of its own), and the speaker is a party the dictionary knows.
 * Example: { actors: [{ text: 'aircraft' }], attribution: [{ name: 'Israeli army', code: 'ISRMIL' }] } → actors: [Israeli army]
 */
export function speakersOwnForces(record: EventRecord, claim: Attribution | undefined, actors: readonly ActorMention[], text: string): void {
  if (!MATERIAL.has(record.type) || !claim || record.attribution.length === 0) return;
  if (record.actors.some((p) => p.actor)) return;
  const source = claim.chain[0];
  const speaker = source?.code ? actors.find((a) => a.actor && a.span.start === source.span.start && a.span.end === source.span.end) : undefined;
  if (!speaker || speaker.span.end > claim.content.start) return;
  const anchor = record.actors[0]?.evidence.start ?? record.trigger.start;
  if (anchor < claim.content.start || anchor > claim.content.end) return;
  const window = text.slice(Math.max(claim.content.start, anchor - REACH), anchor);
  if (!OWN_FORCES.test(window)) return;
  // The means the pronoun's noun names ('its jets': an air strike) stay with the act once the party replaces it.
  weaponOfAttacker(record);
  const party: Participant = { text: speaker.text, evidence: speaker.span, actor: speaker.actor };
  record.actors = [party];
}
