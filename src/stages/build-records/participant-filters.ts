import type { Participant } from '../../model/event-record.js';
import type { Attribution } from '../../model/source.js';
import { spanContains } from '../../model/span.js';
import { sentenceAt } from '../token-index.js';
import { isDateline } from './dateline.js';
import type { Needed } from './draft.js';
import { packedMap } from '../packed-map.js';

// Who an event's parties are not: guesses, outlets, datelines, the speakers of the claim, the
// holders and backers that only describe a place or a party.

/**
 * A description ("terrorists", "militants") linked to a group named far back is a guess, not the
 * text naming the group: it stays an unresolved party unless the group is named in its sentence or
 * the one before ("ISIL ... In Damascus terrorists fired a mortar round": no group is named there), or
 * is the group it was linked to in its own sentence ('terrorists from Jaish al-Islam'). A sentence that
 * opens a new item ('Meanwhile', 'Elsewhere', 'Separately') does not reach back to the one before.
 */
export function withoutDistantGuesses(participants: Participant[], layers: Needed, text: string): Participant[] {
  return packedMap(participants, (p) => {
    if (!p.actor) return p;
    const mention = actorsByStart(layers).get(p.evidence.start);
    if (mention && mention.span.end !== p.evidence.end) return p;
    if (!mention || mention.corefOf === undefined || !mention.describes) return p;
    const sentence = sentenceAt(layers.sentences, p.evidence.start);
    // 'terrorists from Jaish al-Islam': the group it is linked to is named right there, after it.
    const linked = layers.actors[mention.corefOf];
    if (linked && sentenceAt(layers.sentences, linked.span.start) === sentence) return p;
    const reach = NEW_ITEM.test(text.slice(layers.sentences[sentence].start, p.evidence.start)) ? 0 : 1;
    const named = layers.actors.some((a) => a !== mention && a.actor?.code === p.actor!.code && !a.describes && a.corefOf === undefined
      && a.span.start < p.evidence.end && sentence - sentenceAt(layers.sentences, a.span.start) <= reach);
    return named ? p : { text: p.text, evidence: p.evidence };
  });
}

// Wire copy strings unrelated items together with these openers; what follows starts afresh.
const NEW_ITEM = /^\W*(?:meanwhile|elsewhere|separately|in\s+(?:another|a\s+separate)\s+(?:development|incident|attack))\b/i;

/** Actor mentions by their start, once per document. */
const actorIndex = new WeakMap<Needed['actors'], Map<number, Needed['actors'][number]>>();
function actorsByStart(layers: Needed): Map<number, Needed['actors'][number]> {
  let index = actorIndex.get(layers.actors);
  if (!index) {
    index = new Map(layers.actors.map((a) => [a.span.start, a]));
    actorIndex.set(layers.actors, index);
  }
  return index;
}

export function withoutMedia(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.actor?.kind !== 'media');
}

/** 'BEIRUT, Oct 4 (Reuters) -': the city of a dateline is where the story was filed, not a party. */
export function withoutDateline(participants: Participant[], text: string): Participant[] {
  return participants.filter((p) => !isDateline(p.evidence, text, p.actor?.kind === 'state'));
}

const OWN_CLAIM = /^\W*(?:(?:today|yesterday|on\s+\w+day|\w+day)\s+)?(?:(?:in|on|via|through)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|interview|communique|communiqué|post|message|video|letter|briefing|speech)\s+(?:(?:on|in|via|through|to)\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){1,3}?(?=that\b))?)?(?:(?:today|yesterday|on\s+\w+day|\w+day)\s+)?(?:as\s+saying\s+)?(?:that\s+)?(?:it|they|we|he|she|its|their|our)\b/i;
const OWN_DEED_CUES = /^(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing)?)$/i;

/**
 * Who says an event happened is not who did it: a participant found outside the claim that holds
 * the trigger, where the claim's source stands ("the Observatory said jets struck the town"), is
 * the source, not the attacker. The speaker's phrase may name more than the chain's span ("The
 * Director of the Syrian Observatory Rami Abdel Rahman told AFP that"): everything between the
 * sentence's start and a preposed claim (or between a postposed claim and the sentence's end) is
 * the frame of the claim.
 */
export function withoutSources(participants: Participant[], claim: Attribution | undefined, text: string, sentences: Needed['sentences']): Participant[] {
  if (!claim) return participants;
  // "Turkey said it shelled YPG positions": a claim about the speaker's own act keeps the speaker.
  // A day may stand before the pronoun: 'Switzerland said today it had expelled two diplomats'; so may 'as saying'
  // after 'quoted' ('was quoted as saying he would host talks').
  // So may the statement it was made in: 'said in a statement that it', 'told reporters on Monday it'.
  if (OWN_CLAIM.test(text.slice(claim.content.start, claim.content.end))) return participants;
  // 'The DPR denied shelling the town', 'admitted carrying out the raid': the one who denies or admits a deed
  // told as a bare gerund is the one said to have done it.
  if (OWN_DEED_CUES.test(text.slice(claim.cue.start, claim.cue.end)) && /^\s*(?:having\s+)?[a-z]+ing\b/i.test(text.slice(claim.content.start, claim.content.end))) return participants;
  const sentence = sentences[sentenceAt(sentences, claim.cue.start)];
  const frame = claim.content.start >= claim.cue.start
    ? { start: Math.max(sentence.start, Math.min(claim.cue.start, ...claim.chain.map((c) => c.span.start))), end: claim.content.start }
    : { start: claim.content.end, end: sentence.end };
  if (claim.content.start >= claim.cue.start) frame.start = sentence.start;
  const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  return participants.filter((p) => spanContains(claim.content, p.evidence)
    || !(claim.chain.some((s) => overlapping(s.span, p.evidence)) || spanContains(frame, p.evidence)));
}

/** Words that make a party a description of a place or of another party ("a village controlled by the IS group", "rebels backed by Turkey"). */
const DESCRIBED_BY = /\b(?:controlled|held|run|backed|supported|sponsored|occupied|dominated|besieged|surrounded|administered|governed|ruled|funded|armed|trained|seized|captured)\s+by\s+(?:the\s+)?$/i;

const BACKING = /^(?:backed|supported)\b/i;
// 'army units backed by': the head noun of the backed party's phrase may stand between it and the participle.
const BACKED_REACH = 12;

const HELD_BY = /^-(?:held|controlled|run|dominated|besieged|backed|supported|sponsored|allied|affiliated)\b/i;
// 'the Britain-based Observatory', 'a Raqqa-based activist network': where a party sits, never a side of any act.
const BASED = /^-based\b/i;

/**
 * A party named only as who holds, backs or runs something the sentence mentions is not a side of
 * the event, unless that participle is the event itself ("an alliance supported by US-led air strikes").
 */
export function withoutDescriptions(participants: Participant[], trigger: { start: number; end: number }, text: string, role: 'actor' | 'recipient' = 'recipient'): Participant[] {
  // 'rebel-held', 'Turkish-backed': the party qualifies a place or another party; it stands for the
  // side hit only when no other is named, and never for the attacker ('an attack on buses from
  // government-held towns' was not the government's).
  const qualifier = (p: Participant) => HELD_BY.test(text.slice(p.evidence.end, p.evidence.end + 14));
  const named = role === 'actor' || participants.some((p) => !qualifier(p));
  return participants.filter((p) => {
    if (BASED.test(text.slice(p.evidence.end, p.evidence.end + 7))) return false;
    if (named && qualifier(p)) return false;
    const from = Math.max(0, p.evidence.start - 40);
    const match = DESCRIBED_BY.exec(text.slice(from, p.evidence.start));
    // 'regime forces backed by Hezbollah killed …': the force that backs one of the act's own actors acts with it.
    const backsActor = role === 'actor' && match !== null && BACKING.test(match[0]) && participants.some((q) => q !== p && q.evidence.end <= from + match.index && from + match.index - q.evidence.end <= BACKED_REACH);
    return !match || backsActor || (from + match.index < trigger.end && trigger.start < p.evidence.start);
  });
}

/**
 * A party does not act on itself: a recipient that is one of the actors named again by the same words
 * ('what Qatar is willing to provide Qatar is studying') is not whom the act is aimed at. Two parties of
 * one code stay ('State Department opposition to the policy of Kerry': both USAGOV), as does a part named
 * by its state's adjective ('Croatia is investigating crimes by Croatian extremists'), and unresolved ones.
 * Nor does a state's government act on the state itself ('Pakistan's foreign ministry rejected … blaming Pakistan').
 * Example: actors [Qatar=QAT], recipients [Qatar=QAT] → recipients []
 */
export function withoutSelf(actors: readonly Participant[], recipients: Participant[]): Participant[] {
  // Another mention, not the one mention read as both sides (which victimsAreRecipients settles for attacks).
  const same = (a: Participant, r: Participant) => a.actor?.id === r.actor!.id && a.text.toLowerCase() === r.text.toLowerCase() && a.evidence.start !== r.evidence.start;
  return recipients.filter((r) => !r.actor || !actors.some((a) => same(a, r) || ownState(a, r)));
}

const STATE_ORGANS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD']);

/**
 * A state's government, forces or police do not act on their own state as a whole: 'Pakistan's foreign ministry
 * rejected the insinuations … blaming Pakistan' names Pakistan as the one blamed by others, not the ministry's target.
 */
function ownState(a: Participant, r: Participant): boolean {
  const code = a.actor?.code;
  if (!code || r.actor!.kind !== 'state' || r.actor!.code.length !== 3 || !code.startsWith(r.actor!.code)) return false;
  return code.length === 6 && STATE_ORGANS.has(code.slice(3));
}
