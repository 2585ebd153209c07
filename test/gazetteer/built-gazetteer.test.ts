import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { gazetteer } from '../../src/gazetteer/gazetteer.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';
import { distanceKm } from '../../src/gazetteer/distance-km.js';

// These read data/generated/gazetteer.tsv, which `npm run build` writes.
const built = existsSync(gazetteerPath());
const ids = (name: string) => gazetteer().candidates(name).map((c) => gazetteer().place(c.row).id);

test('the built gazetteer finds Deir ez-Zor under its other spellings', { skip: !built }, () => {
  for (const spelling of ['Deir ezzor', 'Deir al-Zour', 'Deir ez-Zor']) assert.ok(ids(spelling).includes('geonames:170794'), spelling);
  assert.ok(ids('Halab').includes('geonames:170063'));
  assert.ok(ids('Idleb').includes('geonames:169389'));
  assert.ok(ids('Moskva').includes('geonames:524901'));
});

test('the built gazetteer has regions, abbreviations and plural demonyms from the alias file', { skip: !built }, () => {
  assert.ok(ids('Darfur').includes('alias:darfur'));
  assert.ok(ids('Golan Heights').includes('alias:golan-heights'));
  assert.ok(ids('Middle East').includes('alias:middle-east'));
  assert.ok(ids('DRC').includes('country:CD'));
  assert.ok(ids('W.Va.').includes('admin1:US.WV'));
  assert.ok(ids('Palestinians').includes('country:PS'));
  assert.deepEqual(ids('ASEAN'), []);
});

test('the United States point lies within 161 km of both GeoNames\' and Wikipedia\'s', { skip: !built }, () => {
  const row = gazetteer().rowOf('country:US');
  assert.ok(row !== undefined);
  const us = gazetteer().place(row);
  assert.ok(distanceKm(us.lat, us.lon, 39.76, -98.5) < 161);
  assert.ok(distanceKm(us.lat, us.lon, 40, -100) < 161);
});
