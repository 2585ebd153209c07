import type { PlaceRef, PlacePrecision } from '../../model/place.js';
import type { EventPlace } from '../../model/event-record.js';
import { nameKey } from '../../gazetteer/name-key.js';

/**
 * A place the text names but the gazetteer lacks, kept by its own name inside the place the text puts it in
 * ('the village of Tinkarabou in Mopti region'): the container's country and province, no coordinates. A
 * careful analyst records the village, not the province or country around it.
 * Example: unresolvedPlace('Tinkarabou', { name: 'Mopti', country: 'ML', precision: 'province', … }, 'locality')
 *          → { id: 'unresolved:ML:tinkarabou', name: 'Tinkarabou', country: 'ML', admin1: 'Mopti', precision: 'locality' }
 */
export function unresolvedPlace(name: string, container: PlaceRef | undefined, precision: PlacePrecision): PlaceRef {
  const place: PlaceRef = { id: `unresolved:${container?.country ?? '-'}:${nameKey(name)}`, name, precision };
  if (container?.country) place.country = container.country;
  const admin1 = container?.precision === 'province' ? container.name : container?.admin1;
  if (admin1) place.admin1 = admin1;
  return place;
}

/** True for a place no gazetteer located: it has a name but no coordinates. */
export function isUnresolved(place: PlaceRef): boolean {
  return place.lat === undefined || place.lon === undefined;
}

/**
 * An unlocated name its own sentence put in no country ('clashes in the Ain Tinkar district'), inside the place the
 * story is in (the paragraph's, the article's): in a town, the town locates it, as a quarter of it; in a province
 * or a country, it stays unresolved there. Example: 'Bab Tinkar' under Tripoli → { text: 'Bab Tinkar', place: Tripoli }
 */
export function placedInStory(own: EventPlace, story: EventPlace | undefined): EventPlace {
  if (!story || !isUnresolved(own.place) || own.place.country !== undefined || isUnresolved(story.place)) return own;
  const container = story.place;
  const place = container.precision === 'locality' || container.precision === 'district'
    ? { ...container, precision: own.place.precision === 'locality' ? container.precision : own.place.precision }
    : unresolvedPlace(own.place.name, container, own.place.precision);
  return { ...own, place };
}
