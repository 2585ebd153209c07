import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// What an accusation charges is its content: recorded as an act of its own only when the text gives it a day of
// its own. A place alone ('in the Harbin district') does not make the charge a report of the act.
const records = (text: string, published?: string) =>
  runPipeline(makeDocument(text, { ...(published ? { published } : {}), language: 'en' }, 'accused-act-needs-a-day.test.ts').document).layers.events;
const show = (rs: { type: string; triggerText: string }[]) => JSON.stringify(rs.map((r) => [r.type, r.triggerText]));

test('buildRecords leaves out an accused act that has a place but no day of its own', () => {
  const text = 'Norland has accused Westmark of bombing a clinic in the Harbin district.';
  const rs = records(text, '2019-03-04');
  assert.equal(rs.filter((r) => r.type === 'ASSAULT').length, 0, show(rs));
  assert.ok(rs.some((r) => r.type === 'ACCUSE'), show(rs));
});

test('buildRecords records an accused act the text dates to a day of its own', () => {
  const text = 'Norland has accused Westmark of bombing a clinic in the Harbin district on Sunday night.';
  const rs = records(text, '2019-03-04');
  assert.equal(rs.filter((r) => r.type === 'ASSAULT').length, 1, show(rs));
});

test('buildRecords keeps an accused act with a place when the story has no publication date to resolve a day', () => {
  const text = 'Norland has accused Westmark of bombing a clinic in the Harbin district.';
  const rs = records(text);
  assert.equal(rs.filter((r) => r.type === 'ASSAULT').length, 1, show(rs));
});
