import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import { isDateline } from './dateline.js';
import { isGoverned, toEventPlace, ON_THE_GROUND, type PlaceContext } from './choose-place.js';

const fallbackOf = new WeakMap<PlaceContext, EventPlace | null>();

/**
 * The dateline's city ('MOGADISHU, March 5 (Reuters) - Gunmen attacked a hotel …'), as the place of an
 * event on the ground when the article puts nothing anywhere: the reporter files from where the story is,
 * and an analyst codes it there. When the article places anything (even abroad: a story filed from
 * Nairobi about Ethiopia), the dateline says only where the reporter is, and is never used.
 * Computed once per document.
 */
export function datelinePlace(type: PloverType, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  let known = fallbackOf.get(context);
  if (known === undefined) {
    const city = context.places.find((p) => p.place && p.place.precision !== 'country' && isDateline(p.span, context.text));
    const elsewhere = context.places.some((p) => p.place && !isDateline(p.span, context.text, p.place?.precision === 'country') && isGoverned(p, context));
    known = city && !elsewhere ? toEventPlace(city) : null;
    fallbackOf.set(context, known);
  }
  return known ?? undefined;
}
