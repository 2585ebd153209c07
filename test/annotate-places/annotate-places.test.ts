import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { segment } from '../../src/stages/segment/segment.js';
import { annotatePlaces } from '../../src/stages/annotate-places/annotate-places.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';
import type { PlaceMention } from '../../src/model/place.js';

const built = existsSync(gazetteerPath());
const skip = !built && 'data/generated/gazetteer.tsv is missing: run npm run build';

function places(text: string): PlaceMention[] {
  const doc = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  const found = runPipeline(doc, [segment, annotatePlaces]).layers.places;
  for (const p of found) assert.equal(text.slice(p.span.start, p.span.end), p.text);
  return found;
}
const named = (text: string) => places(text).map((p) => p.text);

test('annotatePlaces resolves the city of Aleppo to the town and Aleppo province to the province', { skip }, () => {
  const found = places('Rebels shelled the city of Aleppo on Monday. Fighting spread to northern Aleppo province.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.precision]), [['Aleppo', 'locality'], ['Aleppo', 'province']]);
  assert.equal(found[0].place?.id, 'geonames:170063');
  assert.equal(found[0].place?.country, 'SY');
});

test('annotatePlaces finds a place under another spelling and a lower-case ending', { skip }, () => {
  const found = places('An official in Deir ezzor said the road to Idleb was cut.');
  assert.deepEqual(found.map((p) => p.place?.id), ['geonames:170794', 'geonames:169389']);
});

test('annotatePlaces does not take people for places: John Kerry, then Kerry alone', { skip }, () => {
  assert.deepEqual(named('John Kerry met Sergei Lavrov in Geneva. Kerry said talks would go on.'), ['Geneva']);
  assert.deepEqual(named('Secretary Kerry arrived on Sunday.'), []);
});

test('annotatePlaces does not take organisations and newspapers for places', { skip }, () => {
  assert.deepEqual(named('ASEAN ministers met. Izvestia reported that the State Department disagreed.'), []);
});

test('annotatePlaces keeps nationality adjectives out but maps a people to its country', { skip }, () => {
  const found = places('A Syrian official said thousands of Syrians had fled.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.id]), [['Syrians', 'country:SY']]);
});

test('annotatePlaces marks a capital that speaks for its government as metonymic', { skip }, () => {
  const found = places('Washington has asked Moscow to withdraw. Ankara said it would not. The Kremlin denied the report. Troops reached Moscow.');
  const byText = found.map((p) => [p.text, p.metonymic === true]);
  assert.deepEqual(byText, [['Washington', true], ['Moscow', false], ['Ankara', true], ['Kremlin', true], ['Moscow', false]]);
  assert.equal(found[0].place?.id, 'geonames:4140963');
});

test('annotatePlaces reads "Town, State" and keeps that sense through the article', { skip }, () => {
  const found = places('Alexandria, La. - A fire destroyed a home. Firefighters in Alexandria said the blaze began at night.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.admin1]), [['Alexandria', 'Louisiana'], ['La.', 'Louisiana'], ['Alexandria', 'Louisiana']]);
});

test('annotatePlaces resolves countries, regions and abbreviations', { skip }, () => {
  const found = places('Aid reached Darfur and the Golan Heights, officials in the DRC and the Middle East said.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.precision]), [['Darfur', 'region'], ['Golan Heights', 'region'], ['DRC', 'country'], ['Middle East', 'region']]);
});

const NEGATIVE_CASES = [
  'The House passed the bill on Monday.',
  'Scott Walker and Michael Jones spoke.',
  'He lives at 12 Orchard Street.',
  'Police said the man was arrested.',
  'In March, the Council met.',
];

test('annotatePlaces finds nothing in the negative cases', { skip }, () => {
  for (const text of NEGATIVE_CASES) assert.deepEqual(named(text), [], text);
});

test('annotatePlaces knows the short names of Balkan and Caucasus places: Bosnia, South Ossetia', { skip }, () => {
  const found = places('Fighting spread across Bosnia, while troops stayed in South Ossetia.');
  assert.equal(found.find((p) => p.text === 'Bosnia')?.place?.country, 'BA');
  assert.equal(found.find((p) => p.text === 'South Ossetia')?.place?.country, 'GE');
});
