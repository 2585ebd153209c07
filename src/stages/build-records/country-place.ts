import type { PlaceRef } from '../../model/place.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';

const countries = new Map<string, PlaceRef | null>();

/**
 * The gazetteer's entry for a country, by ISO code, as a place reference; undefined when it has none.
 * Example: countryPlace('SY') → { id: 'country:SY', name: 'Syria', country: 'SY', lat: 35, lon: 38, precision: 'country' }
 */
export function countryPlace(iso: string): PlaceRef | undefined {
  if (!countries.has(iso)) {
    const gaz = gazetteer();
    const row = gaz.rowOf(`country:${iso}`);
    const p = row === undefined ? undefined : gaz.place(row);
    countries.set(iso, p ? { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision } : null);
  }
  return countries.get(iso) ?? undefined;
}
