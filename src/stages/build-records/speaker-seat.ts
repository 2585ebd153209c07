import type { PlaceMention } from '../../model/place.js';
import { spanContains } from '../../model/span.js';
import type { PlaceContext } from './place-governor.js';

/**
 * Sources whose place in the phrase that names them is only where they sit: 'the rights office in
 * Geneva said', 'an army spokesman in Jammu said' report from there, not about there. Witnesses,
 * residents and unnamed officials or sources are left out: 'residents in Gao said', 'a local official in
 * Nasir county said' are mostly where what they tell of happened.
 */
const SEATED_KINDS = new Set(['organisation', 'official', 'government', 'military', 'monitor', 'outlet']);

/**
 * True when the place is inside the phrase naming a speaker who is not a witness.
 * Example: 'The UN office in Geneva said …', place 'Geneva' → true.
 */
export function atSpeakersSeat(p: PlaceMention, context: PlaceContext): boolean {
  return context.attributions?.some((a) => a.chain.some((s) => SEATED_KINDS.has(s.kind) && s.span.end - s.span.start > p.span.end - p.span.start
    && spanContains(s.span, p.span))) ?? false;
}
