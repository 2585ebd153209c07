import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const attack = (text: string) =>
  runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'ground-between-places.test.ts').document).layers.events.find((r) => r.type === 'ASSAULT');

test('buildRecords puts an attack at "the crossing between X and Y" in the first of the two places', { skip }, () => {
  assert.equal(attack('Gunmen shot and wounded a guard near the crossing between Israel and the Gaza Strip on Monday.')?.place?.text, 'Israel');
});

test('buildRecords does not place talks "between" two states in either of them', { skip }, () => {
  const text = 'Talks between Israel and Syria resumed on Monday.';
  const events = runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'ground-between-places.test.ts').document).layers.events;
  assert.ok(events.every((e) => e.place === undefined), JSON.stringify(events.map((e) => e.place?.text)));
});

test('buildRecords reads a country after a direction as a place even where the tagger reads a noun after it ("over northern Iraq use")', { skip }, () => {
  const text = 'Jets patrolling the no-fly zone over northern Iraq use the base at Incirlik.';
  const events = runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'ground-between-places.test.ts').document).layers.events;
  assert.equal(events.find((e) => e.type === 'MOBILIZE')?.place?.text, 'Iraq');
});
