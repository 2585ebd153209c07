import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { segment } from '../../src/stages/segment/segment.js';
import { annotatePlaces } from '../../src/stages/annotate-places/annotate-places.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';
import type { PlaceMention } from '../../src/model/place.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

function places(text: string): PlaceMention[] {
  const doc = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  return runPipeline(doc, [segment, annotatePlaces]).layers.places;
}

test('annotatePlaces finds an Arab town without the article GeoNames writes before it (Al Qāmishlī)', { skip }, () => {
  const found = places('A car bomb went off on the western edge of the town of Qamishli on Wednesday.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.admin1]), [['Qamishli', 'Al-Hasakah']]);
});

test('annotatePlaces resolves the common English spellings of Syrian towns', { skip }, () => {
  const found = places('Airstrikes hit Deir el-Zour and Deir Ezour. Clashes went on in Hasakah and near Mayadeen.');
  assert.deepEqual(found.map((p) => p.place?.admin1), ['Deir ez-Zor', 'Deir ez-Zor', 'Al-Hasakah', 'Deir ez-Zor']);
});

test('annotatePlaces reads a possessive whose apostrophe was lost ("Syrias Idlib") as no person before the name', { skip }, () => {
  const found = places('An airstrike killed 18 people in Syrias Idlib province on Saturday.');
  assert.ok(found.some((p) => p.text === 'Idlib' && p.place?.admin1 === 'Idlib'));
});

test('annotatePlaces places a region of the alias file in its province (Eastern Ghouta in Rif Dimashq)', { skip }, () => {
  const found = places('Shelling killed nine people in Eastern Ghouta.');
  assert.equal(found[0]?.place?.admin1, 'Rif-dimashq');
});

test('annotatePlaces takes a seat of administration with an unknown population for a town when the text says so', { skip }, () => {
  const found = places('Fighters stormed the town of Amuda at dawn.');
  assert.deepEqual(found.map((p) => [p.text, p.place?.admin1]), [['Amuda', 'Al-Hasakah']]);
});

test('annotatePlaces finds a town under the English spelling of the noun that begins its name (Tel Tamr for Tall Tamr)', { skip }, () => {
  const found = places('Kurdish fighters drove the militants out of the town of Tel Tamr on Friday.');
  assert.ok(found.some((p) => p.text === 'Tel Tamr' && p.place?.admin1 === 'Al-Hasakah'), JSON.stringify(found.map((p) => p.text)));
});

test('annotatePlaces counts a respelt noun as the exact spelling, not a near one (Ras al-Ain is Ra’s al ‘Ayn in Syria)', { skip }, () => {
  const found = places('Fighting broke out in northeastern Syria. The assault on the town of Ras al-Ain began on Friday.');
  assert.ok(found.some((p) => p.text === 'Ras al-Ain' && p.place?.country === 'SY'), JSON.stringify(found.map((p) => [p.text, p.place?.country])));
});

test("annotatePlaces finds an Arab town whose feminine ending the news writes '-eh' (Shaddadeh for Ash Shaddādah)", { skip }, () => {
  const found = places('Suicide bombers entered the town of Shaddadeh at dawn.');
  assert.ok(found.some((p) => p.text === 'Shaddadeh' && p.place?.admin1 === 'Al-Hasakah'), JSON.stringify(found.map((p) => p.text)));
});

test('annotatePlaces takes a seat of administration named by its own name, in the country the article names, for that town', { skip }, () => {
  const found = places('Kurdish militias captured Tal Abyad after a week of fighting, a Syrian monitor said. Syria condemned the move.');
  assert.ok(found.some((p) => p.text === 'Tal Abyad' && p.place?.admin1 === 'Raqqa'), JSON.stringify(found.map((p) => p.text)));
});

test('annotatePlaces takes no month abbreviation of a dateline for a town ("Last updated at Jul 152015")', { skip }, () => {
  const found = places('Last updated at Jul 152015 BEIRUT Thirteen civilians were killed in air raids.');
  assert.ok(!found.some((p) => p.text === 'Jul'), JSON.stringify(found.map((p) => p.text)));
});

test('annotatePlaces takes a small foreign town named in a one-country article, with no cue, for a surname or a brand', { skip }, () => {
  const found = places('Officials in Dallas and Houston, Texas, said the Obama administration will decide. A Honda was stopped near Austin.');
  assert.ok(!found.some((p) => p.text === 'Obama' || p.text === 'Honda'), JSON.stringify(found.map((p) => p.text)));
  assert.ok(found.some((p) => p.text === 'Dallas') && found.some((p) => p.text === 'Austin'));
});

test('annotatePlaces keeps a foreign town the text puts something in ("in Gori")', { skip }, () => {
  const found = places('Officials in Dallas and Houston, Texas, said a US general will visit troops in Gori next week.');
  assert.ok(found.some((p) => p.text === 'Gori' && p.place?.country === 'GE'), JSON.stringify(found.map((p) => p.text)));
});

test('annotatePlaces reads a place that holds towns or villages as the province ("Mouhessen town and Jadid Ekeidat village in Deir Ezzor")', async () => {
  const { runPipeline } = await import('../../src/stages/run-pipeline.js');
  const { stagesUpTo } = await import('../../src/stages/registry.js');
  const text = 'Militants killed five civilians in Mouhessen town and Jadid Ekeidat village in Deir Ezzor on Sunday.';
  const places = runPipeline({ id: 'doc_test', contentHash: 'test', text, language: 'en' }, stagesUpTo('annotatePlaces')).layers.places;
  assert.equal(places.find((p) => p.text === 'Deir Ezzor')?.place?.precision, 'province');
});

// 'Jabal al-Zawiya', 'Aita al-Shaab': the word after the article ends a longer Arabic name the gazetteer
// lacks; read alone it is some other place ('Zawiya' in Libya), so it is left unresolved.
test('annotatePlaces takes no place from the end of an Arabic name after its article (Jabal al-Zawiya)', { skip }, () => {
  const found = places('Russia blamed militants in the Jabal al-Zawiya area, and a depot in Aita al-Shaab was hit near Homs.');
  assert.deepEqual(found.map((p) => p.text), ['Russia', 'Homs']);
});
