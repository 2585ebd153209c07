import type { PlaceRef, PlacePrecision } from '../../model/place.js';
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
