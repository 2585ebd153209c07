import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2019-05-06') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'visited-place.test.ts');
  return runPipeline(document).layers.events;
};
const consultPlaces = (text: string) => records(text).filter((r) => r.type === 'CONSULT').map((r) => r.place?.place.name ?? '-');

test('a visit takes the place its verb goes to: the object of "visited" and the "to" of "travel to"', () => {
  assert.deepEqual(consultPlaces('The Iraqi foreign minister visited Amman on Sunday for talks with King Abdullah.'), ['Amman']);
  assert.deepEqual(consultPlaces('The UN envoy is due to travel to Khartoum next week to meet the army chief.'), ['Khartoum']);
});

test('talks the text puts in a town keep it when the visitor goes on elsewhere ("returned to Baghdad after talks in Amman")', () => {
  assert.deepEqual(consultPlaces('The foreign minister returned to Baghdad on Monday after talks in Amman with King Abdullah.'), ['Amman']);
});
