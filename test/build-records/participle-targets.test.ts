import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const records = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'participle-targets.test.ts').document).layers.events;
const placesOf = (r: { place?: { text: string }; otherPlaces?: { text: string }[] } | undefined) => [r?.place?.text, ...(r?.otherPlaces ?? []).map((p) => p.text)];

test('buildRecords adds the places a participle of striking names to the attack ("in Idlib province, targeting the towns of A and B")', { skip }, () => {
  const attack = records('Rebel fighters launched a large offensive in Idlib province on Monday, targeting the army-held towns of Saraqib and Khan Shaykhun.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Idlib', 'Saraqib', 'Khan Shaykhun']);
});

test('buildRecords takes a place inside the participle phrase ("targeting positions at the village of Arak") as a further place of the attack', { skip }, () => {
  const attack = records('Government troops launched an assault near Palmyra on Friday, targeting militant positions at the village of Arak.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Palmyra', 'Arak']);
});

test('buildRecords places an attack whose clause names no place at the town its participle targets', { skip }, () => {
  const attack = records('The army launched a surprise attack on Thursday, targeting the rebel-held town of Saraqib.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Saraqib']);
});

test('buildRecords does not take the places of a participle of saying, nor of a clause after the participle, for the attack', { skip }, () => {
  const said = records('The army launched an offensive in Hama on Sunday, saying the towns of Saraqib and Khan Shaykhun were held by rebels.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(said), ['Hama']);
  const after = records('The army launched an offensive in Hama on Sunday, targeting rebel positions after fighters fled to Saraqib.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(after), ['Hama']);
});

test('buildRecords reads a participle between a noun and a name as part of the target phrase ("targeting the rebel controlled Al-Rashidiyah District")', { skip }, () => {
  const attack = records('The army launched another offensive in the Deir Ezzor Governorate on Friday, targeting the rebel controlled Al-Rashidiyah District inside the city.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Deir Ezzor', 'Al-Rashidiyah District']);
});

test('buildRecords adds the places a relative clause of striking names to the attack ("launched two attacks that targeted positions at the village of Arak")', { skip }, () => {
  const attack = records('Government troops launched two attacks near Palmyra on Friday that targeted militant positions at the village of Arak.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Palmyra', 'Arak']);
});

test('buildRecords reads a participle between a party and a site word as qualifying the site ("targeting the rebel held village of A"), and a town after "near" as only locating it', { skip }, () => {
  const attack = records('The army launched a new offensive in Hama province on Monday, targeting the rebel held village of Qarmasha near the town of Morek.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(placesOf(attack), ['Hama', 'Qarmasha']);
});

const partsOf = (r: { parts?: { triggerText: string; places: { text: string }[] }[] } | undefined) => r?.parts?.map((p) => [p.triggerText, ...p.places.map((x) => x.text)]);

test('buildRecords keeps the attack and its striking participle as two parts, each with the places of its own words', { skip }, () => {
  const attack = records('Rebel fighters launched a large offensive in Idlib province on Monday, targeting the army-held towns of Saraqib and Khan Shaykhun.').find((r) => r.type === 'ASSAULT');
  assert.deepEqual(partsOf(attack), [['launched a large offensive', 'Idlib'], ['targeting', 'Saraqib', 'Khan Shaykhun']]);
  // The record as a whole still holds every place.
  assert.deepEqual(placesOf(attack), ['Idlib', 'Saraqib', 'Khan Shaykhun']);
});

test('buildRecords keeps no parts when the clause names no place of its own, nor when no participle follows', { skip }, () => {
  const targeted = records('The army launched a surprise attack on Thursday, targeting the rebel-held town of Saraqib.').find((r) => r.type === 'ASSAULT');
  assert.equal(targeted?.parts, undefined);
  const plain = records('The army shelled the town of Saraqib on Thursday.').find((r) => r.type === 'ASSAULT');
  assert.equal(plain?.parts, undefined);
});
