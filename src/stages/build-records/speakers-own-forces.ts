import type { EventRecord, Participant } from '../../model/event-record.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution } from '../../model/source.js';
import { weaponOfAttacker } from './weapon-of-attacker.js';

// Acts a party does with its own forces: it may say so of itself ('its jets struck', 'their fighters attacked').
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT']);
/** How far before the act's author or trigger the claim may open: 'its [naval] aircraft', 'and that its artillery'. */
const REACH = 40;
// 'its aircraft', 'their fighters', 'its artillery', a commander's 'his men': a possessive pronoun that opens the claim
// (or a clause of it after 'that' or 'and', or a quotation), then at most two words before the party or the act's noun,
// which may be quoted ('its forces had "neutralised"').
const OWN_FORCES = /(?:^["“]?|\bthat\s+|\band\s+)(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}["“]?$/i;
// 'its soldiers were killed', 'his son was shot': a passive tells what the speaker's own people suffered, not what they did.
const SUFFERED = /\b(?:was|were|been|being|is|are)\s+["“]?$/i;

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
  // The speaker stands outside its claim: before it, or after a quotation ('"Our forces took the villages," the commander said').
  if (!speaker || (speaker.span.end > claim.content.start && speaker.span.start < claim.content.end)) return;
  // The pronoun stands before the act's author, or before the act itself when the author the act has is only a word after it.
  const anchors = [record.actors[0]?.evidence.start, record.trigger.start].filter((a): a is number => a !== undefined && a >= claim.content.start && a <= claim.content.end);
  const window = (anchor: number) => text.slice(Math.max(claim.content.start, anchor - REACH), anchor);
  if (!anchors.some((anchor) => OWN_FORCES.test(window(anchor)) && !SUFFERED.test(window(anchor)))) return;
  // The means the pronoun's noun names ('its jets': an air strike) stay with the act once the party replaces it.
  weaponOfAttacker(record);
  const party: Participant = { text: speaker.text, evidence: speaker.span, actor: speaker.actor };
  record.actors = [party];
}
