import type { EventPlace, EventRecord } from '../../model/event-record.js';
import type { PlaceRef } from '../../model/place.js';
import { distanceKm } from '../../gazetteer/distance-km.js';
import { spanContains } from '../../model/span.js';
import { sentenceAt } from '../token-index.js';
import { isGoverned, toEventPlace, type PlaceContext } from './choose-place.js';

// A town named only as what the place lies outside of: 'a Damascus suburb', 'the Damascus countryside'.
const OUTSKIRTS_AFTER = /^\s+(?:suburbs?|outskirts|countryside|environs)\b/i;
// 'the suburbs of Damascus', 'outside Damascus', 'towns east of the capital', 'to the north of Aleppo'.
const OUTSKIRTS_BEFORE = /\b(?:(?:suburbs?|outskirts|countryside|environs) of|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|to the (?:north|south|east|west)(?:-?(?:east|west))? of)(?:\s+the)?(?:\s+\w+)?\s*$/i;
// How far the named area may lie from the town it surrounds: Eastern Ghouta, Damascus's countryside.
const NEAR_KM = 40;

/**
 * True when one report places the act at a town named only as what the place lies outside of ('a besieged Damascus
 * suburb', 'towns east of the Syrian capital') and the other names the area itself, near that town ('the Eastern
 * Ghouta region'): the area is where the act was, the town only says where the area is.
 * Example: ('Damascus' in 'a Damascus suburb', 'Eastern Ghouta' 13 km away) → true
 */
export function namesTheOutskirts(town: EventPlace, area: EventPlace, text: string): boolean {
  return nearArea(town.place, area.place) && outskirtsReference(town, text);
}

/** A town named only as what the place lies outside of: 'a Damascus suburb', 'towns east of the capital'. */
function outskirtsReference(town: EventPlace, text: string): boolean {
  if (town.place.precision !== 'locality') return false;
  const after = text.slice(town.evidence.end, town.evidence.end + 20);
  const before = text.slice(Math.max(0, town.evidence.start - 40), town.evidence.start);
  return OUTSKIRTS_AFTER.test(after) || OUTSKIRTS_BEFORE.test(before);
}

/** Another place than the town, no country, in its country and near it. */
function nearArea(t: PlaceRef, a: PlaceRef): boolean {
  if (a.precision === 'country' || a.precision === 'region' || a.id === t.id || a.country !== t.country) return false;
  return t.lat !== undefined && t.lon !== undefined && a.lat !== undefined && a.lon !== undefined && distanceKm(t.lat, t.lon, a.lat, a.lon) <= NEAR_KM;
}

/** How many sentences after the report's first telling the area may be named in. */
const REACH = 2;

/**
 * The area a report placed only by the town it lies outside of names right after: 'killed in heavy bombardment of
 * several towns east of the Syrian capital … Six children were among the dead in Eastern Ghouta'. The towns are in
 * the area the next sentences put the act's dead or damage in, when that area lies near the town.
 */
export function areaNamedLater(record: EventRecord, context: PlaceContext): EventPlace | undefined {
  const own = record.place;
  if (!own || !outskirtsReference(own, context.text)) return undefined;
  const from = Math.min(...record.evidence.map((e) => sentenceAt(context.sentences, e.start)));
  for (let s = from + 1; s < context.sentences.length && s <= from + REACH; s++) {
    const named = context.places.find((p) => spanContains(context.sentences[s], p.span) && p.place !== undefined && !p.metonymic && !p.people
      && nearArea(own.place, p.place) && isGoverned(p, context));
    if (named) return toEventPlace(named);
  }
  return undefined;
}
