import type { PlaceMention } from '../../model/place.js';
import { governor, type PlaceContext } from './place-governor.js';
import { isFinerThanCountry } from './distance-reference.js';
import { PRECISION_RANK } from '../../model/place.js';


/** Prepositions of where someone came from or went to: 'fighters from Raqqa in Aleppo province' were not at Raqqa. */
const ORIGIN_OR_GOAL = new Set(['from', 'to', 'toward', 'towards']);

/**
 * The named place that a place after 'near' or 'in' only locates, when the event's words located the latter: 'the
 * area of Eastern Ghouta near Damascus' and 'Dhuluiya near Baghdad' are where their city is only near; 'infiltrated
 * Sarrin in Aleppo province' and 'in Jassem in the southern province of Daraa' are in the province, at the town.
 * A place before 'in' must be finer than the one after it ('from Homs in Damascus' names two towns), and not where
 * someone came from. Undefined when no such place ends right before the preposition ('in a village near Baghdad').
 * Example: for the 'Damascus' of 'shelling of Eastern Ghouta near Damascus', the mention 'Eastern Ghouta'.
 */
export function namedBefore(p: PlaceMention, pool: readonly PlaceMention[], context: PlaceContext): PlaceMention | undefined {
  const { word, token } = governor(p, context);
  if ((word !== 'near' && word !== 'in') || context.tokens[token]?.lower !== word || !p.place) return undefined;
  const end = context.tokens[token - 1]?.end;
  const q = end === undefined ? undefined : pool.find((x) => x.span.end === end && isFinerThanCountry(x) && !(('within' in x) && holdsVerb(x, context)));
  if (!q || word === 'near') return q;
  return PRECISION_RANK[q.place!.precision] < PRECISION_RANK[p.place.precision] && !ORIGIN_OR_GOAL.has(governor(q, context).word) ? q : undefined;
}

/**
 * True when the tagger read a verb inside a name the gazetteer lacks: a title's words in capitals ('Fighters Seize
 * Hilltops in …'), not a place.
 */
function holdsVerb(q: PlaceMention, context: PlaceContext): boolean {
  return context.tokens.some((t) => t.start >= q.span.start && t.end <= q.span.end && t.pos === 'VERB');
}
