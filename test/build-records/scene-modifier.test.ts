import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

// A town named before a building or a site ('a Baghdad mosque', 'his Tehran office') says where that thing is: when
// the clause of an act on the ground locates nothing else, the thing is its scene, and the town its place.

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const attack = (text: string) =>
  runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'scene-modifier.test.ts').document).layers.events.find((r) => r.type === 'ASSAULT');

test('buildRecords places a shooting "as he entered a Baghdad mosque" in Baghdad', { skip }, () => {
  assert.equal(attack('A cleric was shot dead on Monday as he entered a Baghdad mosque.')?.place?.text, 'Baghdad');
});

test('buildRecords reads the head of a noun compound after the town ("his Tehran apartment building")', { skip }, () => {
  assert.equal(attack('The judge was shot twice as he left his Tehran apartment building on Friday.')?.place?.text, 'Tehran');
});

test('buildRecords takes no place from a town that qualifies people ("Karbala police said")', { skip }, () => {
  assert.equal(attack('A convoy was ambushed by robbers, Karbala police said on Saturday.')?.place, undefined);
});

test('buildRecords takes no place from a town that qualifies a person\'s job ("a Sofia field correspondent")', { skip }, () => {
  assert.equal(attack('According to a Sofia field correspondent, the army killed ten militants.')?.place, undefined);
});

test('buildRecords keeps a place the clause locates over a town before a building', { skip }, () => {
  assert.equal(attack('A guard of a Baghdad hotel was shot dead in Basra on Monday.')?.place?.text, 'Basra');
});
