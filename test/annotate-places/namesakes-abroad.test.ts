import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { segment } from '../../src/stages/segment/segment.js';
import { annotatePlaces } from '../../src/stages/annotate-places/annotate-places.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

function countries(text: string): string[] {
  const doc = { id: 'doc_test', contentHash: 'test', text, language: 'en' };
  return runPipeline(doc, [segment, annotatePlaces]).layers.places.map((p) => `${p.text}:${p.place?.country ?? ''}`);
}

test('annotatePlaces does not let names read as countries pull a capital\'s name to a small namesake in the same far province', { skip }, () => {
  // 'Russia' lies in Ohio as a village too: read as the country, it is no evidence for Athens, Ohio.
  assert.deepEqual(countries('Russia and the United States traded blame. Ships were later escorted towards Athens, the U.S. Navy said.'),
    ['Russia:RU', 'United States:US', 'Athens:GR', 'U.S.:US']);
});

test('annotatePlaces still reads a capital\'s name as the local namesake when local places of its province support it', { skip }, () => {
  assert.deepEqual(countries('Police in Athens and Watkinsville said the Oconee County sheriff had closed the road to Bogart.').filter((p) => p.startsWith('Athens')),
    ['Athens:US']);
});
