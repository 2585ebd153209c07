import type { PlaceRef } from '../../model/place.js';
import { distanceKm } from '../../gazetteer/distance-km.js';
import { isUnresolved } from './unresolved-place.js';

/**
 * True when two reports' places may be one event's: the same place, one name for a province and its
 * town, or one place inside the other.
 */
export function onePlaceForMerging(x: PlaceRef, y: PlaceRef): boolean {
  if (x.id === y.id) return true;
  if (isUnresolved(x) !== isUnresolved(y)) return mayLieIn(isUnresolved(x) ? x : y, isUnresolved(x) ? y : x);
  // The province and the town it is named after ("Deir ez-Zor"): one name, one place for merging.
  if (x.name === y.name && x.country === y.country) return true;
  // One inside the other: a country and a town in it; a province, or the town it is named after
  // ("Air strikes on Idlib market town"), and a town of that province.
  return x.country !== undefined && x.country === y.country && (x.precision === 'country' || y.precision === 'country'
    || holds(x, y) || holds(y, x) || surrounds(x, y) || surrounds(y, x));
}

/**
 * True when a place the gazetteer lacks may be, or lie in, a located one: it may lie anywhere in the country and
 * province the text put it in ('the village of X in Y province' and 'Y province'), or anywhere at all when the text
 * named neither. Two names the gazetteer lacks are two places unless they are one name.
 */
function mayLieIn(unlocated: PlaceRef, located: PlaceRef): boolean {
  if (unlocated.country === undefined) return true;
  if (unlocated.country !== located.country) return false;
  if (located.precision === 'country' || unlocated.admin1 === undefined) return true;
  return sameWords(located.admin1 ?? located.name, unlocated.admin1) || sameWords(located.name, unlocated.admin1);
}

/** How far from its centre a named area with no borders of its own (a district: 'Eastern Ghouta') reaches. */
const AREA_REACH_KM = 20;

/**
 * True when an area named without borders lies around a town: a city and its suburbs ('outside
 * Damascus' and 'the eastern Ghouta suburbs of Damascus') are one place for merging, though the
 * gazetteer files them under two provinces.
 */
function surrounds(area: PlaceRef, town: PlaceRef): boolean {
  return area.precision === 'district' && town.precision === 'locality' && area.lat !== undefined && area.lon !== undefined && town.lat !== undefined && town.lon !== undefined
    && distanceKm(area.lat, area.lon, town.lat, town.lon) <= AREA_REACH_KM;
}

/** True when a province (or the town that bears its name) holds a finer place: Idlib and Maarat al-Numan. */
function holds(outer: PlaceRef, inner: PlaceRef): boolean {
  return inner.admin1 !== undefined && inner.precision !== 'province' && outer.precision !== 'district'
    && (outer.admin1 ?? outer.name) === inner.admin1 && (outer.precision === 'province' || sameWords(outer.name, inner.admin1));
}

/** Two spellings of one name ("Idlib" and "Idlib Governorate"). */
const ADMIN_WORD = /\s+(?:governorate|province)$/;

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(ADMIN_WORD, '');
  return norm(a) === norm(b);
}
