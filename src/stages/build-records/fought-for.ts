import type { PlaceMention } from '../../model/place.js';
import { governor, type PlaceContext } from './place-governor.js';

/** Nouns of a fight whose 'for' names the ground fought over: 'the battle for Aleppo', 'its campaign for Raqqa'. */
const CONTESTS = new Set(['battle', 'battles', 'campaign', 'offensive', 'fight', 'fighting', 'push', 'assault', 'struggle']);

/**
 * True when the place is what a fight is for ('launched its campaign for Raqqa', 'the battle for
 * Mosul began with air strikes'): the fighting is there. A 'for' after anything else ('aid for
 * Aleppo', 'a visa for Turkey') places nothing.
 */
export function foughtFor(p: PlaceMention, context: PlaceContext): boolean {
  const { word, token } = governor(p, context);
  return word === 'for' && CONTESTS.has(context.tokens[token - 1]?.lower ?? '');
}
