import type { PlaceMention } from '../../model/place.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { governor, type PlaceContext } from './place-governor.js';
import { usable } from './place-relations.js';

/**
 * True when a verb of going names the place as where someone goes: its object ('visited Cairo on Sunday', 'is due to
 * visit Damascus for talks') or its 'to' ('will travel to Port Sudan to meet'). A meeting its clause tells of is held
 * there, though no 'in' says so.
 */
export function isVisited(p: PlaceMention, context: PlaceContext): boolean {
  if (!usable(p, context)) return false;
  const { word, token } = governor(p, context);
  const verb = word === '' ? context.tokens[token] : word === 'to' ? context.tokens[token - 1] : undefined;
  return verb !== undefined && verb.pos === 'VERB' && placeCues().has('visit-verb', verb.lemma);
}
