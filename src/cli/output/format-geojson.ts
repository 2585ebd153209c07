import type { EventRecord } from '../../model/event-record.js';
import { describeFatalities } from './describe-event.js';

/**
 * Events with a place as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude]); events with no place are left out.
 * An event with further places is a MultiPoint at all of them, its main place first.
 */
export function formatEventGeoJson(events: readonly EventRecord[]): string {
  const features = events.filter((e) => e.place).map((e) => ({
    type: 'Feature',
    id: e.id,
    geometry: e.otherPlaces?.length
      ? { type: 'MultiPoint', coordinates: [e.place!, ...e.otherPlaces].map((p) => [p.place.lon, p.place.lat]) }
      : { type: 'Point', coordinates: [e.place!.place.lon, e.place!.place.lat] },
    properties: {
      id: e.id, document_id: e.documentId, type: e.type, mode: e.mode ?? null, acled: e.acled ?? null,
      time_start: e.time?.start ?? null, time_end: e.time?.end ?? null, place: e.place!.place.name, country: e.place!.place.country ?? null,
      place_precision: e.place!.place.precision, other_places: (e.otherPlaces ?? []).map((p) => p.place.name), factuality: e.factuality,
      actors: e.actors.map((p) => p.actor?.code ?? p.text), recipients: e.recipients.map((p) => p.actor?.code ?? p.text),
      fatalities: describeFatalities(e) || null,
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}
