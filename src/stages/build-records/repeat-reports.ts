import type { EventRecord } from '../../model/event-record.js';
import { sideCodes } from './party-codes.js';
import { firstFigure } from './report-figures.js';
import { REMOTE_VIOLENCE } from '../../model/event-types.js';

// Reports that tell an event already recorded again without naming anything of their own, and the
// words that say a report is a further act rather than a retelling. Used by mergeRecords' affinity.

/**
 * An act of force told again with nobody named and nothing of its own to set it apart ("the jets struck
 * twice within a few minutes") is the attack already recorded in its place and time (the caller has
 * checked both); a report that names a party, a place, a day or a toll of its own is not.
 */
export function anonymousRepeat(a: EventRecord, b: EventRecord, sentenceOf?: (r: EventRecord) => number): boolean {
  const unnamed = (r: EventRecord) => sideCodes(r.actors).size === 0 && sideCodes(r.recipients).size === 0;
  if (a.type !== 'ASSAULT') {
    // 'Syrian Coalition Urges Intl Community to Stop …' and 'The Syrian Coalition called on the European Union …':
    // one request, told first with nobody resolved, in the same mode and on the same day (when both are dated).
    // The bare report comes first (a headline, a standfirst) and names no actor at all, not even an unresolved one.
    const [bare, full] = [a, b];
    // It is one report, not yet joined by another: otherwise every later request would join the first.
    // The full report names a party, which is what makes it the story's act rather than any other request.
    if (!unnamed(bare) || bare.actors.length > 0 || bare.evidence.length > 1 || bare.place || !bare.mode || bare.mode !== full.mode || unnamed(full)) return false;
    // A quote in the body ('"I urge all parties to stop", Kobler wrote') is a request of its own, not the story's told bare.
    if ((sentenceOf?.(bare) ?? 0) > LEAD_SENTENCE) return false;
    if (!bare.time?.start || !full.time?.start) return true;
    return bare.time.precision === 'day' && full.time.precision === 'day' && bare.time.start === full.time.start;
  }
  // A toll of its own may be another incident's (FA-KES counts them apart), so only a report without one joins.
  if (!unnamed(b) || b.place || b.fatalities || b.injured || b.time) return false;
  // A coded side, even a generic one ('their air forces strike only militants': MIL), tells a statement of its own.
  if (b.actors.some((p) => p.actor?.code)) return false;
  // Another source's claim is that source's statement, not a retelling.
  if (b.attribution.length && !sameSource(a, b)) return false;
  // A war told as ongoing ('the fighting continues') is not one attack: nothing joins it unnamed.
  return a.time?.precision !== 'ongoing' && a.time?.precision !== 'approximate';
}

/** A source described with an indefinite article: 'a war monitor', 'a security source'. */
const INDEFINITE = /^an?\s/i;

/**
 * The outermost sources of two reports are one: the same name, or a lead that describes a source ('a war monitor
 * said') and a body that names one of that kind ('The Syrian Observatory for Human Rights, which …, said').
 */
function sameSource(a: EventRecord, b: EventRecord): boolean {
  const [x, y] = [a.attribution[a.attribution.length - 1], b.attribution[b.attribution.length - 1]];
  if (x?.name === y?.name) return true;
  return x !== undefined && y !== undefined && x.kind === y.kind && (INDEFINITE.test(x.name) || INDEFINITE.test(y.name));
}

/**
 * 'The deal involving the evacuees has been beset by delays' after 'a deal reached between the regime
 * and rebels': a definite noun that names nobody points back to the agreement, talks or request
 * already recorded, which names its parties. Acts of force are left to anonymousRepeat.
 */
export function definiteBackReference(a: EventRecord, b: EventRecord, text: string): boolean {
  if (a.type === 'ASSAULT' || b.actors.length > 0 || b.recipients.length > 0 || sideCodes(a.actors).size + sideCodes(a.recipients).size === 0) return false;
  return /\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$/i.test(text.slice(Math.max(0, b.trigger.start - 24), b.trigger.start));
}

/**
 * 'Shelling killed three people including a child, according to the Observatory. The Media Office said
 * four were killed including two children.': a bare toll (a casualty verb, nothing named, no place or
 * day of its own) from another source in the very next sentence is that source's count of the same
 * attack. `bare` says the later report's trigger names no weapon (a 'killed' the classifier typed).
 */
export function anotherSourcesCount(a: EventRecord, b: EventRecord, text: string, bare: boolean): boolean {
  if (a.type !== 'ASSAULT' || !bare || !a.fatalities || !b.fatalities || b.place || b.time || sideCodes(b.actors).size > 0) return false;
  const source = (r: EventRecord) => r.attribution[r.attribution.length - 1]?.name;
  if (!b.attribution.length || source(b) === source(a)) return false;
  const end = Math.max(...a.evidence.map((e) => e.end));
  const start = b.evidence[0]?.start ?? 0;
  return start >= end && start - end <= 3 && /^[\s.]*$/.test(text.slice(end, start));
}

/** The last sentence that can hold the lead: a dateline or a headline may stand before the story's first sentence. */
const LEAD_SENTENCE = 1;

/**
 * The lead sums up the day's attack and the body tells it in detail ('At least seven children were killed in
 * regime shelling …, most as they left school' and 'five children were killed when a shell landed at the gate
 * of a school'): a later report with the lead's weapon, day (or none) and place, naming no party of its
 * own, whose every toll is no higher than the lead's in that category, is the lead's event told again.
 */
export function partOfLead(a: EventRecord, b: EventRecord, sentenceOf?: (r: EventRecord) => number): boolean {
  const [sa, sb] = [sentenceOf?.(a) ?? Infinity, sentenceOf?.(b) ?? Infinity];
  if (a.type !== 'ASSAULT' || sa > LEAD_SENTENCE || sb <= sa || !a.acled || a.acled !== b.acled) return false;
  // The body's account often gives no day of its own: it takes the lead's.
  const sameDay = a.time?.precision === 'day' && (!b.time || (b.time.precision === 'day' && b.time.start === a.time.start));
  if (!sameDay || !a.place || sideCodes(b.actors).size > 0 || !a.fatalities || !b.fatalities) return false;
  const top = (list: readonly { low: number }[] | undefined) => Math.max(-1, ...(list ?? []).map((f) => f.low));
  return Object.entries(b.fatalities).every(([category, list]) => (list ?? []).every((f) => f.low <= top(a.fatalities![category as keyof typeof a.fatalities])));
}

/** A sentence that opens on a definite article and the trigger itself: 'The shelling came a day after …', 'The attacks drew condemnation'. */
const OPENS_ON_DEFINITE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|This|That)\s+$/;
/**
 * The same, with one modifier before the noun ('The terrorist attacks, according to the source, claimed …'), or as
 * the subject of what a source said ('The source noted that the rocket attacks caused damage'): still the act told.
 */
const DEFINITE_WITH_MODIFIER = /(?:(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|These)|\b(?:said|says|noted|added|stated|reported|confirmed)\s+that\s+the)\s+(?:[a-z-]+\s+)?$/;
/** The plural noun of acts of force ('attacks', 'strikes', 'shells'): a modifier before it does not make it a new act. */
const PLURAL_ACT = /^(?:[a-z]+\s+)?(?:attacks|strikes|raids|shells|bombings|blasts|explosions)$/i;
/**
 * What a source said of 'the' act, whoever it said it to ('a police source told SANA that the terrorist bombing
 * occurred near the square', 'said in a statement that the attack had'): the act's definite noun, one or many.
 */
const REPORTED_DEFINITE = /\b(?:said|says|noted|added|stated|reported|confirmed|told\s+(?:[A-Za-z.-]+\s+){1,4}?)(?:in\s+a\s+statement\s+)?that\s+the\s+(?:[a-z-]+\s+)?$/;
/** The noun of an act of force, one or many ('bombing', 'rocket attacks'): what a reported definite may point back to. */
const ACT_NOUN = /^(?:[a-z]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|shells|shelling|bombings?|blasts?|explosions?|bombardment)$/i;
/** A past participle or past verb read as the trigger ('The army attacked') is no noun phrase pointing back. */
const VERB_FORM = /ed$/i;

/**
 * 'The shelling came a day after a truce, announced on Saturday, was due to take effect': a sentence whose
 * subject is the definite noun of the act, naming no party of its own, points back to the latest such act
 * told before it, whatever day the rest of its sentence gives (that day is the truce's, not the shelling's).
 */
export function definiteAnaphor(a: EventRecord, b: EventRecord, text: string, sentenceOf?: (r: EventRecord) => number): boolean {
  if (sideCodes(b.actors).size > 0 || VERB_FORM.test(b.triggerText)) return false;
  // 'The fighting in recent weeks has flared up': a span of its own tells the war's course, not one act again.
  if (b.time && b.time.precision !== 'day') return false;
  if (sentenceOf && sentenceOf(b) <= sentenceOf(a)) return false;
  const before = text.slice(Math.max(0, b.trigger.start - 40), b.trigger.start);
  return OPENS_ON_DEFINITE.test(before.slice(-12)) || (PLURAL_ACT.test(b.triggerText) && DEFINITE_WITH_MODIFIER.test(before))
    || (ACT_NOUN.test(b.triggerText) && REPORTED_DEFINITE.test(text.slice(Math.max(0, b.trigger.start - 80), b.trigger.start)));
}

/** 'The strikes killed', 'The blast also wounded': a sentence opening on the definite noun of an attack, then its verb. */
const DEFINITE_ATTACK_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The|These|Those)\s+(?:air\s*)?(?:strikes?|raids?|attacks?|blasts?|explosions?|bombings?|bombardment|shelling|assault)\s+(?:also\s+|have\s+|had\s+|has\s+)?$/;
/** A verb of harm that tells a toll: 'killed', 'wounded', 'injured', 'left'. */
const TOLL_VERB = /^(?:kill|wound|injur|left|leav|claim)/i;

/**
 * 'Jets carried out air strikes on Kafr Batna. The strikes killed six people': a toll whose subject is the
 * definite noun of an attack, naming no party of its own, is the toll of the attack just told (in one of the
 * two sentences before it), not a new attack.
 */
export function tollOfAttackTold(a: EventRecord, b: EventRecord, text: string, sentenceOf?: (r: EventRecord) => number): boolean {
  if (a.type !== 'ASSAULT' || sideCodes(b.actors).size > 0 || !sentenceOf || !TOLL_VERB.test(b.triggerText)) return false;
  const gap = sentenceOf(b) - sentenceOf(a);
  if (gap < 1 || gap > 2) return false;
  return DEFINITE_ATTACK_SUBJECT.test(text.slice(Math.max(0, b.trigger.start - 40), b.trigger.start));
}

/** Words for the unnamed author of an attack, the subject of its retelling: 'The attacker walked into the mosque'. */
const ATTACKER_NOUNS = new Set(['attacker', 'attackers', 'bomber', 'bombers', 'gunman', 'gunmen', 'assailant', 'assailants']);

/**
 * 'A suicide bomber blew himself up in a mosque on Friday … The attacker walked into the mosque and detonated
 * his vest': a sentence whose subject is the definite, unnamed author of an attack ('The attacker', 'The
 * gunmen') tells the latest attack again, whatever day the sentence before gave another act.
 */
export function attackerAnaphor(a: EventRecord, b: EventRecord, text: string, sentenceOf?: (r: EventRecord) => number): boolean {
  if (a.type !== 'ASSAULT' || sideCodes(b.actors).size > 0 || (b.time && b.time.precision !== 'day')) return false;
  if (!sentenceOf || sentenceOf(b) <= sentenceOf(a)) return false;
  const subject = b.actors[0];
  if (!subject || !ATTACKER_NOUNS.has(subject.text.toLowerCase().split(/\s+/).pop() ?? '')) return false;
  return OPENS_ON_DEFINITE.test(text.slice(Math.max(0, subject.evidence.start - 12), subject.evidence.start));
}

/** 'were among those killed', 'Among the dead were', 'Among the killed fighters was': a share of a toll already told. */
const AMONG_THE_DEAD = /\bamong\s+(?:the|those)\s+(?:[a-z]+\s+)?$/i;

/**
 * 'Three children were among those killed': who died in the attack already told, given by kind, not a
 * killing of its own; it names no attacker of its own.
 */
export function amongTheDead(b: EventRecord, text: string): boolean {
  return b.type === 'ASSAULT' && AMONG_THE_DEAD.test(text.slice(Math.max(0, b.trigger.start - 30), b.trigger.start))
    && !b.actors.some((p) => p.actor?.code && !/CVL$/.test(p.actor.code));
}

/** The score of an anonymous repeat: below any shared party, state, figure or word. */
export const REPEAT_SCORE = 0.5;

/**
 * Words that tell a further act, not the same one again: 'Airstrikes also targeted the nearby towns', 'another shell';
 * not when they pick out another source ('another monitoring group said'): that is a second account, nor more words
 * of a statement ('gave no further details', 'no other information').
 */
const ANOTHER = /\b(?:also|another|other|further|again|separately|elsewhere)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:group|monitor|monitoring|organi[sz]ation|agency|source|network|outlet)s?\b)(?!\s+(?:information|details?|comments?)\b)/i;

/** The report's own clause says it is a further act of the same kind. */
export function toldAsAnother(r: EventRecord, text: string): boolean {
  const clause = r.evidence[0];
  return clause !== undefined && ANOTHER.test(text.slice(clause.start, clause.end));
}

/**
 * 'Warplanes bombed a market in Saraqeb on Sunday, killing at least 12, the Observatory said' and 'The
 * Local Coordination Committees said air strikes killed 15 people in Saraqeb on Sunday': another
 * source's toll of the same kind of attack, in the same town on the same day, naming no other attacker,
 * is that source's count of the attack already recorded, not a second one. The caller has checked
 * that the report does not call itself a further act.
 */
export function otherSourcesTollOfTheDay(a: EventRecord, b: EventRecord, placeFor?: (r: EventRecord) => EventRecord['place']): boolean {
  if (a.type !== 'ASSAULT' || !a.acled || a.acled !== b.acled || !a.fatalities || !b.fatalities) return false;
  if (a.time?.precision !== 'day' || b.time?.precision !== 'day' || a.time.start !== b.time.start) return false;
  // The town may be named in the sentence before ('… struck the insurgent-held city on Sunday').
  const [pa, pb] = [a.place ?? placeFor?.(a), b.place ?? placeFor?.(b)];
  if (!pa || !pb || pa.place.precision !== 'locality' || pa.place.id !== pb.place.id) return false;
  const own = sideCodes(a.actors);
  if ([...sideCodes(b.actors)].some((c) => !own.has(c))) return false;
  const source = (r: EventRecord) => r.attribution[r.attribution.length - 1]?.name;
  // Two counts of one attack lie close ('12' and '15'); a much smaller one is a part of the day's sum
  // ('seven killed in rocket attacks on Aleppo', then '4 killed in Maisaloun').
  const [x, y] = [largestToll(a), largestToll(b)];
  return source(a) !== source(b) && Math.min(x, y) >= CLOSE_COUNTS * Math.max(x, y);
}

/** How close two sources' counts of one attack are, at least: the smaller over the larger. */
const CLOSE_COUNTS = 0.7;

function largestToll(r: EventRecord): number {
  return Math.max(0, ...Object.values(r.fatalities ?? {}).flatMap((list) => (list ?? []).map((f) => f.low)));
}

/** Words that call a count one the story has since replaced: 'The previous death toll was', 'an earlier toll of'. */
const EARLIER_COUNT = /\b(?:previous|earlier|initial|preliminary)\s+(?:death\s+)?toll\s+(?:was\s+|of\s+|stood\s+at\s+|had\s+been\s+)?(?:at\s+least\s+|nearly\s+|about\s+|some\s+)?$/i;

/**
 * 'A suicide blast hit the convoy, killing at least 45 … Earlier in the day a blast occurred near the convoy. The
 * previous death toll was 18': a toll the story calls the previous one is an earlier count of an attack whose toll
 * has risen since, not the toll of another attack. It names no party of its own and is lower than the record's.
 */
export function earlierCount(a: EventRecord, b: EventRecord, text: string): boolean {
  if (a.type !== 'ASSAULT' || !a.fatalities || !b.fatalities || sideCodes(b.actors).size > 0) return false;
  const first = firstFigure(b);
  if (!first || !EARLIER_COUNT.test(text.slice(Math.max(0, first.start - 60), first.start))) return false;
  return largestToll(b) < largestToll(a);
}

/** 'those killed', 'the victims wounded': the victims of an attack already told, named by the harm done to them. */
const THOSE_HARMED = /\b(?:those|the\s+victims)\s+$/i;
/**
 * 'in that attack', 'during the operations', 'in the same raid': a definite noun of an act that points back. Followed by
 * 'on', 'in', 'near' … it describes an act of its own ('in the attack on the market'), so it does not count then.
 */
const BACK_TO_ACT = /\b(?:in|during|from)\s+(that|this|the\s+same|the|these|those)\s+(?:[a-z-]+\s+)?(attacks?|operations?|offensive|assault|strikes?|airstrikes?|air\s+strikes?|raids?|bombings?|blasts?|explosions?|shelling|bombardment)\b(?!\s+(?:on|in|at|near|against|of|by|targeting|that)\b)/i;
/** Nouns of any act of force; the others name a weapon, and point back only to an attack from afar ('the shelling' is no capture). */
const ANY_ACT = /^(?:attacks?|operations?|offensive|assault)$/i;
/** A harm the trigger names: the victims' side of an attack, not a new act of its own. */
const HARM_WORD = /^(?:killed|wounded|injured|dead|died|hurt)$/i;

/**
 * 'An airstrike on the village of X killed 10 people, activists said. The Observatory said those killed were all
 * relatives. The Civil Defense said 10 people were also wounded in that attack': a report of harm that names no attacker
 * and points back to the victims or to the act ('those killed', 'in that attack', 'during the operations') tells again
 * the attack told in the same or the sentence just before, even with 'also' (which then adds victims, not an act).
 */
export function pointsBackToAttack(a: EventRecord, b: EventRecord, text: string): boolean {
  if (a.type !== 'ASSAULT' || sideCodes(b.actors).size > 0 || b.actors.some((p) => p.actor?.code)) return false;
  const clause = b.evidence[0];
  if (!clause) return false;
  const harmed = HARM_WORD.test(b.triggerText) && THOSE_HARMED.test(text.slice(Math.max(0, b.trigger.start - 12), b.trigger.start));
  const found = BACK_TO_ACT.exec(text.slice(clause.start, clause.end));
  // The harm done in the act, or the act's noun itself ('wounded in that attack'); not another act of its own ('the blast and a gun battle').
  const act = found && (HARM_WORD.test(b.triggerText) || (b.trigger.start >= clause.start + found.index && b.trigger.end <= clause.start + found.index + found[0].length)) ? found : null;
  // 'the operations' may be any of the story's: with 'also' or 'another' it is a further one; 'that attack' is the one told.
  if (!harmed && !(act && (/^(?:that|this|the\s+same)$/i.test(act[1]) || !toldAsAnother(b, text)))) return false;
  if (!harmed && !ANY_ACT.test(act![2]) && !(a.acled === 'Attack' || REMOTE_VIOLENCE.has(a.acled ?? ''))) return false;
  // The act just told: in the same sentence or the one before it; 'that attack' reaches past one sentence about its
  // victims, which tells no act of its own ('The monitor said those killed were all of one family').
  const reach = act && /^(?:that|this|the\s+same)$/i.test(act[1]) ? 2 : 1;
  return a.evidence.some((e) => e.end <= clause.start && (text.slice(e.end, clause.start).match(/[.!?]["”’]?\s/g) ?? []).length <= reach);
}
