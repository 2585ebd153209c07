import type { EventRecord } from '../../model/event-record.js';
import { describeFatalities } from './describe-event.js';

/**
 * Events with a place as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude]); events with no place are left out.
 * An event with further places is a MultiPoint at all of them, its main place first. Only places with coordinates
 * count: an event whose places the gazetteer lacks is left out.
 */
export function formatEventGeoJson(events: readonly EventRecord[]): string {
  const located = (e: EventRecord) => [...(e.place ? [e.place] : []), ...(e.otherPlaces ?? [])].flatMap((p) => (p.place.lat !== undefined && p.place.lon !== undefined ? [[p.place.lon, p.place.lat]] : []));
  const features = events.filter((e) => e.place && located(e).length).map((e) => ({
    type: 'Feature',
    id: e.id,
    geometry: located(e).length > 1 ? { type: 'MultiPoint', coordinates: located(e) } : { type: 'Point', coordinates: located(e)[0] },
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
