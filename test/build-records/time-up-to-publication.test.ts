import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'time-up-to-publication.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords ends a past act dated "this week" on the day of publication, not on the Sunday after it', () => {
  // 2017-10-06 is a Friday: the week runs on to Sunday 8 October, the act cannot.
  const [captured] = records('Government troops this week captured two hills overlooking the river crossing near Raqqa.', '2017-10-06');
  assert.equal(captured?.time?.start, '2017-10-02');
  assert.equal(captured?.time?.end, '2017-10-06');
});

test('buildRecords leaves a planned act of "this week" the whole week', () => {
  const events = records('The two envoys will meet in Geneva this week to discuss a truce.', '2017-10-04');
  const meeting = events.find((e) => e.triggerText === 'meet');
  assert.equal(meeting?.time?.end, '2017-10-08');
});

test('buildRecords leaves "in the coming weeks" looking ahead, not cut to the day of publication', () => {
  const [offensive] = records('The army said it had prepared an offensive on the city in the coming weeks.', '2017-03-07');
  assert.notEqual(offensive?.time?.end, '2017-03-07');
});
