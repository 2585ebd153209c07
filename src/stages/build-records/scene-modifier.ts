import type { PlaceMention } from '../../model/place.js';
import { firstTokenFrom } from '../token-index.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { CONTAINERS, holdsPlace, type PlaceContext } from './place-governor.js';

// A place named before a noun says where that thing is: 'a Baghdad mosque', 'his Tehran office', 'the Abuja home of a
// minister', 'Dallas police'. When the clause of an act on the ground puts it nowhere else, the thing it names is its
// scene ('was shot as he entered a Baghdad mosque', 'Dallas police shot a man'), and so is the place.

const LOWER_START = /^[a-z]/;
/** Words that may stand between the place and the noun it qualifies: 'the Tokyo war shrine', 'the Jenin refugee camp'. */
const MAX_QUALIFIERS = 1;
/** Buildings people live or work in, which no site list holds: 'his Tehran home', 'a Baghdad house'. */
const DWELLINGS = new Set(['home', 'house', 'apartment', 'building', 'flat', 'residence', 'office', 'hospital', 'school', 'church', 'hotel', 'restaurant', 'cafe']);
/** Nouns of time a place also qualifies: '10 a.m. Baghdad time' says when, not where. */
const TIME_NOUNS = new Set(['time', 'times']);

/**
 * True when the place qualifies the lower-case noun right after it, as an adjective would ('a Baghdad mosque', 'the
 * Jenin refugee camp', 'Dallas police'), no word but a space between them.
 * Example: true for the 'Baghdad' of 'as he entered a Baghdad mosque'; false for 'in Baghdad on Monday'.
 */
export function qualifiesNoun(p: PlaceMention, context: PlaceContext): boolean {
  const { tokens, text } = context;
  let at = firstTokenFrom(tokens, p.span.end);
  if (tokens[at] === undefined || tokens[at].start !== p.span.end + 1 || text[p.span.end] !== ' ') return false;
  for (let n = 0; n < MAX_QUALIFIERS && tokens[at + 1] !== undefined && tokens[at].pos !== 'NOUN' && tokens[at].pos === 'ADJ' && LOWER_START.test(tokens[at].text); n++) at++;
  if (tokens[at]?.pos !== 'NOUN') return false;
  // The head of the noun compound says what the place qualifies: 'a field correspondent' is a person, 'an apartment building' a building.
  while (tokens[at + 1]?.pos === 'NOUN' && LOWER_START.test(tokens[at + 1].text) && tokens[at + 1].start === tokens[at].end + 1) at++;
  const noun = tokens[at];
  return LOWER_START.test(noun.text) && isScene(noun.lower);
}

/**
 * A building or a site within a place ('mosque', 'office', 'airport', 'market'): a place before it says where the thing
 * is. Not a unit ('Aleppo city', 'the Vedeno area': the name with its unit, whose own preposition places it) nor people
 * ('Nangarhar residents', 'Karbala police': where they are from).
 */
function isScene(noun: string): boolean {
  if (CONTAINERS.has(noun)) return false;
  const cues = placeCues();
  return holdsPlace(noun) || cues.facilities.has(noun) || cues.sites.has(noun) || DWELLINGS.has(noun);
}
