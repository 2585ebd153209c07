import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';

const attack = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'battle-ground-of.test.ts').document).layers.events.find((r) => r.type === 'ASSAULT');

test('buildRecords reads the ground a battle is fought over, with its "of", as leading on to the place attacked ("the southern farms of X")', { skip }, () => {
  assert.equal(attack('The army launched a new assault on the southern farms of Al-Malbah in northern Aleppo.')?.place?.text, 'Al-Malbah');
  assert.equal(attack('Rebels launched an attack at the strategic hilltop of Tal Sukarek on Friday.')?.place?.text, 'Tal Sukarek');
});
