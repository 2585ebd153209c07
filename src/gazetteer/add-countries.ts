import { createRequire } from 'node:module';
import type { GazetteerBuilder } from './gazetteer-builder.js';
import { countryPopulation } from './add-geonames.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

/**
 * Adds one place a country: world-countries gives names, alternate spellings, demonyms and a point
 * (the alias file moves the points of large countries next to GeoNames' and Wikipedia's);
 * i18n-iso-countries adds the English variants ('U.S.', 'Congo').
 */
export function addCountries(builder: GazetteerBuilder): void {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as WorldCountry[];
  const english = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const population = countryPopulation(builder);
  for (const c of countries) {
    const row = builder.addPlace({
      id: `country:${c.cca2}`, name: c.name.common, country: c.cca2, admin1Code: '', admin1: '',
      lat: c.latlng[0], lon: c.latlng[1], precision: 'country',
      population: population.get(c.cca2) ?? 0, kind: 'PCLI',
    });
    const variants = [c.name.official, ...c.altSpellings, ...[english[c.cca2] ?? []].flat()];
    // Two-letter codes ('SY', 'IN') are ordinary words or initials; the alias file lists the few that are used (US, UK).
    for (const v of variants) if (v.replace(/[^A-Za-z]/g, '').length > 2 || /\./.test(v)) builder.addName(v, row, 'alternate');
    const demonym = c.demonyms?.eng;
    if (demonym) {
      for (const d of new Set([demonym.m, demonym.f])) {
        builder.addName(d, row, 'demonym');
        // 'Syrians', 'Afghans' name the people; 'British', 'Chinese', 'Swiss' have no plural of that kind.
        if (!/(s|sh|ch|ese|i)$/.test(d)) builder.addName(d + 's', row, 'people');
      }
    }
  }
}
