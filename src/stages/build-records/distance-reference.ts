import type { PlaceMention } from '../../model/place.js';
import { CONTAINERS, governor, type PlaceContext } from './place-governor.js';
import { cuedPlaceNames } from './cued-place-names.js';

/** Words that round a distance or set it close: 'some 250 km north of', 'just north of'. */
const ROUNDING_WORDS = new Set(['just', 'about', 'some', 'roughly', 'nearly', 'around', 'directly', 'immediately']);
/** Units of a distance: '235 kilometers (145 miles) north of Colombo'. */
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'meters', 'metres', 'yards']);

/**
 * A place that only measures how far the event was: '… Jaffna, 235 kilometers (145 miles) north of Colombo'.
 * A distance says the event was not there; 'north of Karbala' alone still puts it near.
 */
export function distanceFrom(p: PlaceMention, context: PlaceContext): boolean {
  const { word, token } = governor(p, context);
  if (word !== 'near' || context.tokens[token]?.lower !== 'of') return false;
  let i = token - 2; // before the direction
  const { tokens } = context;
  // Over a conversion in brackets: '(145 miles)'.
  if (tokens[i]?.text === ')') while (i > 0 && token - i < 10 && tokens[i].text !== '(') i--;
  if (tokens[i]?.text === '(') i--;
  if (DISTANCE_UNITS.has(tokens[i]?.lower ?? '')) return true;
  // A name set beside it, 'Dhuluiya, just north of Baghdad': the name is where, the city only where that is.
  if (ROUNDING_WORDS.has(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.text === ',' && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) return true;
  return landmarkOfNamedPlace(i, context);
}

/** A place finer than a country that stands for ground, not for a state or a people: what a landmark may locate. */
export function isFinerThanCountry(q: PlaceMention): boolean {
  return q.place !== undefined && !q.metonymic && !q.people && q.place.precision !== 'country' && q.place.precision !== 'region';
}

/**
 * True when a place finer than a country ends right before the direction at token i, over a comma, 'to the' and its
 * site word: 'in the restive Anbar province, west of Baghdad', 'the Medea province to the south of Algiers'. The
 * province is where; the city only says where that is. 'in a village north of Baghdad' names nothing before it.
 */
function landmarkOfNamedPlace(i: number, context: PlaceContext): boolean {
  const { tokens } = context;
  if (tokens[i]?.lower === 'the' && tokens[i - 1]?.lower === 'to') i -= 2;
  if (tokens[i]?.text === ',') i--;
  if (CONTAINERS.has(tokens[i]?.lower ?? '')) i--;
  const end = tokens[i]?.end;
  // A name the gazetteer lacks counts as well as one it knows ('Um Batina Mosque to the east of Deir Maker').
  return end !== undefined && (context.places.some((q) => q.span.end === end && isFinerThanCountry(q))
    || cuedPlaceNames(context).some((q) => q.span.end === end && isFinerThanCountry(q)));
}
