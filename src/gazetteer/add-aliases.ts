import { readTsv } from '../data-files/read-tsv.js';
import { dataPath } from '../data-files/data-path.js';
import type { GazetteerBuilder } from './gazetteer-builder.js';
import type { PlacePrecision } from '../model/place.js';
import { nameKey } from './name-key.js';

const PRECISIONS = new Set<PlacePrecision>(['locality', 'district', 'province', 'country', 'region']);

/**
 * Applies data/lexicons/place-aliases.tsv (its header explains each kind). A line whose `ref`
 * is unknown is reported and skipped: the build runs inside `npm ci` and must not fail on one line.
 */
export function addAliases(builder: GazetteerBuilder, path = dataPath('lexicons', 'place-aliases.tsv')): string[] {
  const warnings: string[] = [];
  const blocked: string[] = [];
  const rows = readTsv(path);
  // New places first, so that aliases further down the file may point at them.
  for (const r of rows.filter((x) => x.kind === 'place')) {
    const precision = r.precision as PlacePrecision;
    if (!PRECISIONS.has(precision) || !Number.isFinite(Number(r.lat)) || !Number.isFinite(Number(r.lon))) {
      warnings.push(`${path}:${r.line}: a place needs lat, lon and a precision (${[...PRECISIONS].join(', ')}).`);
      continue;
    }
    // A place inside one province names it ('SY.08'), so that it is known to lie there.
    const province = r.admin1 ? builder.rowById.get(`admin1:${r.admin1}`) : undefined;
    if (r.admin1 && province === undefined) warnings.push(`${path}:${r.line}: no province "admin1:${r.admin1}" in the gazetteer; the place is added without one.`);
    builder.addPlace({
      id: r.ref, name: r.name, country: r.country ?? '',
      admin1Code: province === undefined ? '' : r.admin1, admin1: province === undefined ? '' : builder.places[province].name,
      lat: Number(r.lat), lon: Number(r.lon), precision, population: 0, kind: precision === 'region' ? 'RGN' : 'ADM',
    });
  }
  for (const r of rows) {
    if (r.kind === 'place') continue;
    if (r.kind === 'not-a-place') { blocked.push(r.name); continue; }
    const row = builder.rowById.get(r.ref);
    if (row === undefined) { warnings.push(`${path}:${r.line}: no place "${r.ref}" in the gazetteer; line skipped.`); continue; }
    if (r.kind === 'point') {
      builder.places[row].lat = Number(r.lat);
      builder.places[row].lon = Number(r.lon);
    } else if (r.kind === 'alias') builder.addName(r.name, row, 'primary');
    else if (r.kind === 'people' || r.kind === 'postal') builder.addName(r.name, row, r.kind);
    else warnings.push(`${path}:${r.line}: unknown kind "${r.kind}".`);
  }
  for (const name of blocked) builder.names.delete(nameKey(name));
  return warnings;
}
