import type { EventPlace } from '../../model/event-record.js';
import { distanceKm } from '../../gazetteer/distance-km.js';

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
  const t = town.place;
  const a = area.place;
  if (t.precision !== 'locality' || a.precision === 'country' || a.id === t.id || a.country !== t.country) return false;
  if (t.lat === undefined || t.lon === undefined || a.lat === undefined || a.lon === undefined || distanceKm(t.lat, t.lon, a.lat, a.lon) > NEAR_KM) return false;
  const after = text.slice(town.evidence.end, town.evidence.end + 20);
  const before = text.slice(Math.max(0, town.evidence.start - 40), town.evidence.start);
  return OUTSKIRTS_AFTER.test(after) || OUTSKIRTS_BEFORE.test(before);
}
