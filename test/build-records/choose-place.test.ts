import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const records = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'choose-place.test.ts').document).layers.events;

test('buildRecords puts an attack "in Aleppo and Quneitra" in the first of the two, not in the second alone', { skip }, () => {
  const attack = records('Four people were killed in terrorist attacks in Aleppo and Quneitra on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Aleppo');
});

test('buildRecords still reads a place before a finer one as its qualifier ("the West Bank city of Nablus")', { skip }, () => {
  const attack = records('An air strike killed five people in the West Bank city of Nablus on Monday.').find((r) => r.type === 'ASSAULT');
  assert.equal(attack?.place?.text, 'Nablus');
});
