import type { PlaceMention } from '../../model/place.js';
import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import { governor, type PlaceContext } from './place-governor.js';
import { isNounModifier } from './place-facts.js';

// How a place in the sentence stands to the event's trigger: aimed at, landed on, its object, the ground it
// stands on, its route. choose-place.ts asks these questions of each candidate place.

/**
 * Prepositions that name the target of an event on the ground, which is where it happened ("air
 * strikes on Aleppo", "rockets on the city of al-Bab"); a statement "on Syria" is about it, not in it.
 */
const TARGETING = new Set(['on', 'upon']);

/**
 * True when the place is the target the event's own trigger is aimed at, or the ground it stands on
 * ("air strikes on Aleppo", "attacks by government jets on the province of Aleppo", "shot dead on the
 * outskirts of Baghdad"); "on" after another verb ("denied shelling the town and accused troops of
 * firing on the outskirts of Donetsk") or noun ("a war on Iraq") does not count.
 */
export function isTargeted(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  return TARGETING.has(word) && context.tokens[token].start >= trigger.end && attached(trigger, context.tokens[token], context);
}

const IMPACT = new Set(['fall', 'fell', 'land', 'crash', 'slam', 'rain']); // a projectile's impact: 'fell on', 'landed on'

/**
 * A place a projectile came down on: "three rockets … fell on the Israeli-controlled part of the
 * Golan Heights". The impact, not the launch, is where the attack happened; other verbs may stand
 * between it and the trigger ("launched from Syrian territory").
 */
export function landedOn(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  const verb = context.tokens[token - 1];
  return TARGETING.has(word) && verb !== undefined && verb.start >= trigger.end && (IMPACT.has(verb.lemma) || IMPACT.has(verb.lower));
}

/**
 * A place that is the direct object of the event's own verb: "attacked Damboa town", "shelled
 * Aleppo", "captured Zaire". The attacked place is where the attack happened.
 */
export function objectOfTrigger(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  const t = context.tokens[token];
  if (t === undefined) return false;
  const inTrigger = (x: Token | undefined) => x !== undefined && x.start >= trigger.start && x.end <= trigger.end;
  // The tagger reads some verbs as nouns ('artillery shells the town'): a trigger followed by a determined
  // noun phrase governs it; a bare name after a noun ('Tags: strike Golan Heights') is no object.
  if (word === '' && inTrigger(t)) return t.pos === 'VERB' || context.tokens[token + 1]?.pos === 'DET';
  // A noun trigger's 'of' names what it was done to: 'the capture of Mosul', 'the siege of Sarajevo'.
  if (word === 'of' && inTrigger(context.tokens[token - 1]) && context.tokens[token - 1].pos === 'NOUN') return true;
  return word === '' && t.pos === 'VERB' && subjectOf(trigger, token, context);
}

/**
 * Verbs whose subject is an act and whose object is where it fell: 'car bombs struck the city of Kirkuk', and
 * through a relative right after the act, 'air raids that targeted the town of Saraqib'.
 */
function subjectOf(trigger: Span, verb: number, context: PlaceContext): boolean {
  const { tokens } = context;
  let from = firstTokenFrom(tokens, trigger.end);
  const last = tokens[from - 1];
  if (last === undefined || last.pos !== 'NOUN' || verb - from > 8 || verb < from) return false;
  if ((tokens[from].lower === 'that' || tokens[from].lower === 'which') && from < verb) from++;
  for (let i = from; i < verb; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.lower === 'that' || t.lower === 'which') return false;
  }
  return true;
}

/**
 * Ground an 'on' stands on, next to the event's words: 'shot dead on the outskirts of Baghdad', 'the rockets destroyed a
 * warehouse on the edge of Khartoum' (the act noun and its verb), 'On the streets of Kampala, police fired'. Another
 * verb between keeps it that verb's: 'denied shelling the town and accused troops of firing on the outskirts of Donetsk'.
 */
export function onGround(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { ground, token } = governor(p, context);
  if (!ground) return false;
  const { tokens } = context;
  if (p.span.end <= trigger.start) {
    for (let i = firstTokenFrom(tokens, p.span.end); i < tokens.length && tokens[i].start < trigger.start; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false;
    return true;
  }
  if (tokens[token].start < trigger.end) return false;
  if (attached(trigger, tokens[token], context)) return true;
  let verb = firstTokenFrom(tokens, trigger.end);
  while (verb < tokens.length && tokens[verb].pos !== 'VERB' && tokens[verb].pos !== 'AUX' && tokens[verb].pos !== 'PUNCT') verb++;
  return tokens[verb]?.pos === 'VERB' && subjectOf(trigger, verb, context) && attached(tokens[verb], tokens[token], context);
}

const ROUTE = new Set(['from', 'to', 'toward', 'towards']);

/** A place the event's own verb moves from or to: 'marched from Fort Lauderdale to the hotel', 'withdrew from Kisangani'. */
export function isRoute(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  return ROUTE.has(word) && context.tokens[token].start >= trigger.end && attached(trigger, context.tokens[token], context);
}

/** A place that can be an event's place: resolved, not a metonym or a people ('Russia said', 'Syrians'), not an adjective ('a Syrian jet'). */
export function usable(p: PlaceMention, context: PlaceContext): boolean {
  return Boolean(p.place) && !p.metonymic && !p.people && !isNounModifier(p, context);
}

/** True when no verb stands between the trigger and a span after it, a few words on ("killed 5 people in Hama"). */
export function attached(trigger: Span, span: Span, context: PlaceContext): boolean {
  const { tokens } = context;
  const from = firstTokenFrom(tokens, trigger.end);
  const to = firstTokenFrom(tokens, span.start);
  if (to - from > 12) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.text !== '-') return false;
    if (t.text === ';' || t.text === '(' || t.lower === 'where' || t.lower === 'which' || t.lower === 'who') return false;
  }
  return true;
}

/** Plural ground an act may fall on, whose 'including' names one of them: 'in three cities, including Shanghai'. */
const GROUND_SETS = new Set(['cities', 'towns', 'villages', 'regions', 'areas', 'provinces', 'districts', 'neighbourhoods', 'neighborhoods',
  'suburbs', 'strongholds', 'places', 'localities', 'settlements', 'camps', 'states', 'counties']);
const WORDS_BEFORE_NAME = new Set(['the', 'a', 'an', 'of']);
const DIRECTION_WORDS = /^(?:north|south|east|west)(?:ern|east|west|eastern|western)?$/;

/**
 * A place the event's ground names as one of its items: 'raided offices in three cities, including Shanghai', 'captured
 * key strongholds, including Mazar-e-Sharif', 'patrolled other major cities Friday, including the trading hub of Kano'.
 * The plural ground stands after the trigger with no verb between; 'including' and the words opening the name follow it.
 */
export function includedIn(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p, context) || p.span.start < trigger.end) return false;
  const { tokens } = context;
  let i = firstTokenFrom(tokens, p.span.start) - 1;
  // 'including the northern trading hub of Kano': determiners, adjectives, a site word and its 'of'.
  for (let k = 0; k < 5 && i >= 0 && tokens[i].lower !== 'including'; k++, i--) {
    const t = tokens[i];
    if (!(WORDS_BEFORE_NAME.has(t.lower) || t.pos === 'ADJ' || (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) || DIRECTION_WORDS.test(t.lower))) return false;
  }
  if (tokens[i]?.lower !== 'including') return false;
  // The plural ground, a comma or a day ('cities Friday, including') away.
  for (let j = i - 1, k = 0; j >= 0 && k < 3; j--, k++) {
    const t = tokens[j];
    if (GROUND_SETS.has(t.lower)) return t.start >= trigger.end && attached(trigger, t, context);
    if (!(t.text === ',' || t.pos === 'PROPN')) return false;
  }
  return false;
}
