import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2019-03-10') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'choose-time.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords carries the day of the sentence before, not a month it names for an older event ("on Friday … a raid last month")', () => {
  const text = 'The army shelled the border town on Friday in reply to a rebel raid last month. After meeting Qatari envoys the governor said the market would be rebuilt.';
  const meeting = records(text).find((r) => r.type === 'CONSULT');
  assert.ok(meeting);
  assert.equal(meeting.time?.start, '2019-03-08');
  assert.equal(meeting.time?.end, '2019-03-08');
});
