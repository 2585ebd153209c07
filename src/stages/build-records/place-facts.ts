import type { PlaceMention } from '../../model/place.js';
import type { PlaceContext } from './place-governor.js';
import { isDateline } from './dateline.js';
import { distanceFrom } from './distance-reference.js';
import { inPartyName } from './places-of-parties.js';
import { atSpeakersSeat } from './speaker-seat.js';
import { nounModifier } from './noun-modifier.js';

// Choosing an event's place asks the same questions of every place of its sentence, and a document has a dozen
// events: what a place is whatever the event is asked once per document and place, not once per event.

/** How many questions are remembered per place; each has its index below. */
const FACTS = 6;
/** The index of isGoverned's answer (choose-place.ts asks it through rememberedFact). */
export const GOVERNED = 5;

const known = new WeakMap<PlaceContext, Map<PlaceMention, Int8Array>>();
// The document being read: most calls come in a row for one context, so they skip the WeakMap.
let lastContext: PlaceContext | undefined;
let lastKnown: Map<PlaceMention, Int8Array> | undefined;

/**
 * The answer to question `fact` about a place of a document, `ask`ed once (0 in the table: not asked yet; 1 false;
 * 2 true). `ask` must depend on the place and the document alone, never on the event.
 * Example: rememberedFact(GOVERNED, Aleppo of 'shelled a market in Aleppo', context, governedNow) === true
 */
export function rememberedFact(fact: number, p: PlaceMention, context: PlaceContext, ask: (p: PlaceMention, context: PlaceContext) => boolean): boolean {
  let byPlace = context === lastContext ? lastKnown : known.get(context);
  if (!byPlace) known.set(context, (byPlace = new Map()));
  lastContext = context;
  lastKnown = byPlace;
  let answers = byPlace.get(p);
  if (!answers) byPlace.set(p, (answers = new Int8Array(FACTS)));
  if (answers[fact] === 0) answers[fact] = ask(p, context) ? 2 : 1;
  return answers[fact] === 2;
}

const datelineOf = (p: PlaceMention, context: PlaceContext) => isDateline(p.span, context.text, p.place?.precision === 'country');

/** The place is a dateline's city (a country counts only after a city there, see isDateline). */
export const isDatelineCity = (p: PlaceMention, context: PlaceContext) => rememberedFact(0, p, context, datelineOf);
/** The place only measures how far the event was ('235 kilometers north of Colombo'): see distanceFrom. */
export const isDistanceLandmark = (p: PlaceMention, context: PlaceContext) => rememberedFact(1, p, context, distanceFrom);
/** The place lies inside a party's name ('the Islamic State of Iraq'): see inPartyName. */
export const isInPartyName = (p: PlaceMention, context: PlaceContext) => rememberedFact(2, p, context, inPartyName);
/** The place lies inside the phrase naming a speaker who is not a witness ('the UN office in Geneva'): see atSpeakersSeat. */
export const isAtSpeakersSeat = (p: PlaceMention, context: PlaceContext) => rememberedFact(3, p, context, atSpeakersSeat);
/** A resolved country or region that only qualifies the noun after it ('a U.S. base'): see nounModifier. */
export const isNounModifier = (p: PlaceMention, context: PlaceContext) => rememberedFact(4, p, context, nounModifier);
