import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published: string) =>
  runPipeline(makeDocument(text, { published, language: 'en' }, 'since-day.test.ts').document).layers.events;

test('buildRecords dates an act told "since" a day from that day up to the day of publication', () => {
  const [fight] = records('Rival militias have fought since Monday in two districts of the capital.', '2024-03-07').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual([fight?.time?.start, fight?.time?.end], ['2024-03-04', '2024-03-07'], JSON.stringify(fight?.time));
});

test('buildRecords keeps the day alone for an act told "on" that day', () => {
  const [fight] = records('Rival militias fought on Monday in two districts of the capital.', '2024-03-07').filter((r) => r.type === 'ASSAULT');
  assert.deepEqual([fight?.time?.start, fight?.time?.end], ['2024-03-04', '2024-03-04'], JSON.stringify(fight?.time));
});
