import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPart, EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';
import { enclosingParenthesis } from './enclosing-parenthesis.js';
import { firstTokenFrom } from '../token-index.js';
import { isDateline } from './dateline.js';
import { cuedPlaceNames, eventPlaceOf } from './cued-place-names.js';
import { sinceClauseStart } from './since-clause.js';
import { foughtFor } from './fought-for.js';
import { inClaimWithout, inOtherActPhrase, inPurpose } from './outside-the-act.js';
import { CONTAINERS, DIRECTIONS, governor, type PlaceContext } from './place-governor.js';
import { heads, mostPrecise } from './place-heads.js';
import { namedBefore } from './named-before.js';
import { inRelativeAside } from './places-of-parties.js';
import { subjectOfPassive } from './passive-subject-place.js';
import { coordinatedPlaces } from './coordinated-places.js';
import { participlePhrase } from './participle-targets.js';
import { toldPlaces } from './speaker-seat.js';
import { ofWhatIsSaid } from './said-place.js';
import { thereReferent } from './there-place.js';
import { qualifiesNoun } from './scene-modifier.js';
import { inProtestedAct } from './protested-act.js';
import { isVisited } from './visited-place.js';
import { GOVERNED, isAtSpeakersSeat, isDatelineCity, isDistanceLandmark, isInPartyName, rememberedFact } from './place-facts.js';
import { attached, includedIn, isRoute, isTargeted, landedOn, objectOfTrigger, onGround, usable } from './place-relations.js';

export type { PlaceContext } from './place-governor.js';

/** Prepositions that put an event somewhere ("in Aleppo", "near Dabiq"); "to Moscow" and "on Syria" do not. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into', 'over', 'through', 'along',
  'above', 'off', 'beside', 'behind', 'beneath', 'below']);
export const ON_THE_GROUND = new Set<PloverType>(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT', 'AID']);

/** True when a locative preposition governs the place ("in Aleppo", "through Gaza City", "north of Karbala"). */
export function isGoverned(p: PlaceMention, context: PlaceContext): boolean {
  return rememberedFact(GOVERNED, p, context, governedNow);
}

function governedNow(p: PlaceMention, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  // 'a Catholic charity based in Germany', 'an activist who currently lives in Europe': where an organisation sits or a
  // person lives, not where anything happened.
  return LOCATIVE.has(word) && !SEATED.has(context.tokens[token - 1]?.lower ?? '') && !livesThere(token - 1, context);
}

/** Participles that place an organisation, not an event: 'based in', 'headquartered in'. */
const SEATED = new Set(['based', 'headquartered', 'registered', 'incorporated']);
/** Verbs of where someone lives, in a relative clause about that someone: 'who lives in', 'who has been living in'. */
const RESIDING = new Set(['lives', 'live', 'lived', 'living', 'resides', 'resided', 'residing']);

/** True when token i is a verb of residing whose relative pronoun stands within three words before it ('who currently lives'). */
function livesThere(i: number, context: PlaceContext): boolean {
  if (!RESIDING.has(context.tokens[i]?.lower ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (context.tokens[k].lower === 'who') return true;
  return false;
}

/** Events that move people, whose route is where they happen: marches, deployments, withdrawals. */
const MOVES = new Set<PloverType>(['PROTEST', 'MOBILIZE', 'RETREAT']);

export function toEventPlace(p: PlaceMention): EventPlace {
  return eventPlaceOf(p);
}

/** True when the span sits inside a parenthesis that does not also hold `other` ("(banned in Russia)"). */
function inParenthesisWithout(span: Span, other: Span, text: string): boolean {
  const aside = enclosingParenthesis(text, span);
  return aside !== undefined && !(other.start > aside.open && other.end <= aside.close);
}

/**
 * The place an event's own words give it: a place its clause puts it in ("in Aleppo", "the city of
 * Aleppo"; "to Moscow", "on Syria" and a country that is a party do not count; nor does a place in
 * an aside in brackets), the most precise first. Events on the ground may also take a place their
 * sentence puts something in. Talks, statements and requests get no place their clause does not state.
 */
export function ownPlace(type: PloverType, clause: Span, trigger: Span, sentence: number, context: PlaceContext, others: readonly Span[] = []): OwnPlaces | undefined {
  const onTheGround = ON_THE_GROUND.has(type);
  // Each word of the event may govern its place ('marched through Rome to protest'). The trigger leads to
  // it, unless it only says what for ('to protest against … across the West Bank'): then the first word does.
  const triggers = [trigger, ...others];
  const purpose = context.tokens[firstTokenFrom(context.tokens, trigger.start) - 1]?.lower === 'to';
  const lead = purpose ? triggers.reduce((a, b) => (b.start < a.start ? b : a)) : trigger;
  const since = sinceClauseStart(trigger, context.tokens) ?? -1;
  const located = (p: PlaceMention) => p.span.start >= since && (isGoverned(p, context)
    || onTheGround && foughtFor(p, context)
    || triggers.some((t) => onGround(p, t, context))
    || onTheGround && triggers.some((t) => includedIn(p, t, context))
    || onTheGround && triggers.some((t) => isTargeted(p, t, context) || landedOn(p, t, context) || objectOfTrigger(p, t, context) || (usable(p, context) && subjectOfPassive(p, t, context)))
    || MOVES.has(type) && triggers.some((t) => isRoute(p, t, context))
    || type === 'CONSULT' && isVisited(p, context))
    && !inParenthesisWithout(p.span, trigger, context.text)
    && !isDatelineCity(p, context)
    && !isDistanceLandmark(p, context)
    && !isInPartyName(p, context)
    && !isAtSpeakersSeat(p, context)
    && !inRelativeAside(p, trigger, context)
    && !(STATEMENTS.has(type) && ofWhatIsSaid(p, trigger, context))
    && !inPurpose(p, trigger, clause, context)
    && !(!onTheGround && inOtherActPhrase(p, trigger, clause, context))
    && !inClaimWithout(p, trigger, context)
    && !(type === 'PROTEST' && inProtestedAct(p, trigger, context));
  const candidates = candidatesOf(context);
  const inClause = heads(toldPlaces(locatedNames(candidates.filter((p) => spanContains(clause, p.span) && located(p)), context), trigger, context), context.text);
  if (inClause.length) return withTargets(withOthers(inClause, nearestPhrase(inClause, lead, context), clause, context), type, trigger, clause, sentence, context);
  if (!onTheGround) return undefined;
  const span = context.sentences[sentence];
  // 'but air strikes there have continued': the act is where 'there' points, not at another place of the sentence.
  const there = thereReferent(clause, span, candidates, (p) => usable(p, context) && !isDatelineCity(p, context), context);
  if (there !== undefined) return there ? { ...toEventPlace(there), others: [] } : undefined;
  // 'was shot as he entered a Baghdad mosque': a clause that locates nothing has its scene in the thing a town qualifies.
  const scene = candidates.find((p) => spanContains(clause, p.span) && usable(p, context) && qualifiesNoun(p, context) && !isDatelineCity(p, context)
    && !isInPartyName(p, context) && !inParenthesisWithout(p.span, trigger, context.text) && !inRelativeAside(p, trigger, context));
  if (scene) return withTargets({ ...toEventPlace(scene), others: [] }, type, trigger, clause, sentence, context);
  const inSentence = heads(toldPlaces(locatedNames(candidates.filter((p) => spanContains(span, p.span) && located(p)), context), trigger, context), context.text);
  const found = inSentence.length ? withOthers(inSentence, nearestPhrase(inSentence, lead, context), span, context) : undefined;
  return withTargets(found, type, trigger, clause, sentence, context);
}

/**
 * The located places, each replaced by the named place it only locates: 'Eastern Ghouta near Damascus', 'Sarrin in
 * Aleppo province' (see namedBefore).
 */
function locatedNames(located: PlaceMention[], context: PlaceContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const pool = candidatesOf(context);
  for (const p of located) {
    const before = namedBefore(p, pool, context);
    // A name the parties or the dateline hold is no place of the event ('the Free Idlib Army in Hama province').
    const named = before && usable(before, context) && !isInPartyName(before, context) && !isDateline(before.span, context.text) ? before : p;
    if (!out.includes(named)) out.push(named);
  }
  return out;
}

/**
 * The places a striking participle after the event names ('…, targeting the towns of A and B') added as its further
 * places, or (when its clause gave it none) as its place. With places of its own, the record is told in two parts:
 * the trigger's words with the clause's places, and the participle with the places it names.
 */
function withTargets(found: OwnPlaces | undefined, type: PloverType, trigger: Span, clause: Span, sentence: number, context: PlaceContext): OwnPlaces | undefined {
  if (!ON_THE_GROUND.has(type)) return found;
  const span = context.sentences[sentence];
  // The pool is asked for only when a striking participle follows the trigger, as it seldom does.
  const pool = () => candidatesOf(context).filter((p) => spanContains(span, p.span) && usable(p, context) && !isDatelineCity(p, context)
    && !isDistanceLandmark(p, context) && !isInPartyName(p, context) && !inParenthesisWithout(p.span, trigger, context.text));
  const phrase = participlePhrase(trigger, span, pool, context);
  if (!phrase?.places.length) return found;
  const targets = phrase.places.map(toEventPlace);
  if (!found) return { ...targets[0], others: targets.slice(1) };
  // Two villages one town locates share its place: the name tells them apart.
  const key = (p: EventPlace) => `${p.place.id}|${p.text.toLowerCase()}`;
  const seen = new Set([key(found), ...found.others.map(key)]);
  const others = [...found.others];
  for (const t of targets) if (!seen.has(key(t))) { seen.add(key(t)); others.push(t); }
  const { others: ownOthers, parts: _, ...own } = found;
  const ownPlaces = [own, ...ownOthers].filter((p) => !targets.some((t) => t.evidence.start === p.evidence.start));
  const words = (s: Span) => context.text.slice(s.start, s.end);
  const parts: EventPart[] = [
    { trigger, triggerText: words(trigger), evidence: clause, places: ownPlaces },
    { trigger: phrase.participle, triggerText: words(phrase.participle), evidence: phrase.phrase, places: targets },
  ];
  return { ...found, others, parts };
}

/**
 * The event place of the chosen mention, with the places named as its equals ('in Aleppo and Homs') as `others`.
 * The equals are looked for among all the places of the span, not only those a preposition was found to govern:
 * a list shares the preposition of its first name, and a name the tagger misread ('Shanghai' as a verb) breaks
 * the walk back to it for the names after it.
 */
function withOthers(located: PlaceMention[], chosen: PlaceMention, span: Span, context: PlaceContext): OwnPlaces {
  const rest = candidatesOf(context).filter((p) => spanContains(span, p.span) && !located.includes(p) && usable(p, context) && !isDatelineCity(p, context));
  const all = rest.length ? heads([...located, ...rest], context.text) : located;
  const pool = all.includes(chosen) ? all : located;
  return { ...toEventPlace(chosen), others: coordinatedPlaces(pool, chosen, context.text).map(toEventPlace) };
}

/**
 * The place ownPlace finds, with the further places the same phrase names as its equals (empty for one place).
 * Example: { text: 'Aleppo', evidence: {…}, place: {…}, others: [{ text: 'Homs', … }] }
 */
export type OwnPlaces = EventPlace & { others: EventPlace[]; parts?: EventPart[] };

/** The event's own place and its further places, split for the record ('place' and 'otherPlaces'). */
export function placeFields(found: OwnPlaces | undefined): { place?: EventPlace; otherPlaces?: EventPlace[]; parts?: EventPart[] } {
  if (!found) return {};
  const { others, parts, ...place } = found;
  return { place, ...(others.length ? { otherPlaces: others } : {}), ...(parts ? { parts } : {}) };
}

/** Every place an event may take, once per document: names the gazetteer lacks count where a site word makes them places ('the village of Kafr Nabuda'). */
const candidateLists = new WeakMap<PlaceContext, readonly PlaceMention[]>();
function candidatesOf(context: PlaceContext): readonly PlaceMention[] {
  let list = candidateLists.get(context);
  if (!list) candidateLists.set(context, (list = [...context.places, ...cuedPlaceNames(context)]));
  return list;
}

/**
 * Statements whose place is where they were made: an accusation of an attack in Syria was not made
 * in Syria. A request keeps the place of what it asks for ('asked to stop the strikes on targets in
 * Syria'), as the reference annotations code it.
 */
const STATEMENTS = new Set<PloverType>(['ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN']);

/**
 * The place of the event: when a locative phrase follows the trigger with no other verb between them,
 * the most precise place of that phrase (English puts the place of an action after it: "air strikes on
 * a market in the city of Idlib", even when a photo caption glued to the sentence named another city
 * before); else the most precise place of the clause. One phrase may name several places ("in the
 * Raman district of Yala province", "in Basra and nearby Zubair").
 */
function nearestPhrase(places: PlaceMention[], trigger: Span, context: PlaceContext): PlaceMention {
  const sorted = [...places].sort((a, b) => a.span.start - b.span.start);
  const after = sorted.findIndex((p) => p.span.start >= trigger.end);
  if (after < 0 || !attached(trigger, sorted[after].span, context)) return mostPrecise(sorted);
  let last = after;
  while (last < sorted.length - 1 && samePhrase(sorted[last], sorted[last + 1], context)) last++;
  return mostPrecise(sorted.slice(after, last + 1));
}

/**
 * True when only the words of one locative phrase stand between two places (no verb, no clause
 * break), and they nest rather than stand side by side: "in Hama and Homs" names two equals, and the
 * first named comes first, whatever their precision.
 */
function samePhrase(p: PlaceMention, q: PlaceMention, context: PlaceContext): boolean {
  const { tokens } = context;
  const from = firstTokenFrom(tokens, p.span.end);
  const to = firstTokenFrom(tokens, q.span.start);
  if (to - from > 8) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.pos === 'CCONJ' || t.text === '&') return false;
    const inPhrase = ['ADP', 'DET', 'ADJ', 'PROPN', 'PART', 'NUM'].includes(t.pos) || t.text === ','
      || (t.pos === 'NOUN' && CONTAINERS.has(t.lower)) || DIRECTIONS.has(t.lower);
    if (!inPhrase) return false;
  }
  return true;
}
