import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

// What a protest is against happened somewhere else: the place in its 'against' phrase is that act's, not the crowd's.

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const protest = (text: string) =>
  runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'protested-act.test.ts').document).layers.events.find((r) => r.type === 'PROTEST');

test('buildRecords does not place a protest where the air raids it is against fell', { skip }, () => {
  assert.equal(protest('About 500 students protested against the air raids on Sanaa on Friday.')?.place, undefined);
});

test('buildRecords places a protest where the crowd stood, past the act in its "against" phrase', { skip }, () => {
  assert.equal(protest('About 500 students protested against the air raids on Sanaa at a square in Cairo on Friday.')?.place?.text, 'Cairo');
});

test('buildRecords keeps a place a venue word sets inside the "against" phrase ("outside the embassy in X")', { skip }, () => {
  assert.equal(protest('Hundreds protested against the blockade outside the embassy in Amman on Monday.')?.place?.text, 'Amman');
});

test('buildRecords keeps the place of a protest told before its "against" phrase', { skip }, () => {
  assert.equal(protest('Thousands demonstrated in Rabat on Sunday against the shelling of Gaza.')?.place?.text, 'Rabat');
});
