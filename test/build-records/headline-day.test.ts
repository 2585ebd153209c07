import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'headline-day.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords dates a headline run on after the page date by the day its lead gives, not by the page date', () => {
  // 2019-03-09 is a Saturday; the lead's Friday is 8 March.
  const text = 'Sat Mar 9 2019 Nine villagers killed in truck bomb blast near Mosul. Nine villagers were killed when a truck bomb went off on Friday evening at a market west of Mosul, police said.';
  const events = records(text, '2019-03-09');
  assert.ok(events.length > 0);
  for (const e of events) assert.equal(e.time?.start, '2019-03-08', `${e.triggerText} dated ${e.time?.start}`);
});

test('buildRecords dates a headline by the lead\'s second sentence when the first only names the source', () => {
  const text = 'Wed Sep 7 2016 Three soldiers killed in rocket attack near border. The defence ministry has said three of its soldiers were killed in a rocket attack near the border. In a statement on Tuesday the ministry said the rocket hit an armoured vehicle.';
  const events = records(text, '2016-09-07');
  const headline = events.find((e) => e.evidence.some((s) => s.start < 60));
  assert.equal(headline?.time?.start, '2016-09-06');
});

test('buildRecords keeps the page date for a headline whose lead gives no day', () => {
  const text = 'Sat Mar 9 2019 Nine villagers killed in truck bomb blast near Mosul. Nine villagers were killed when a truck bomb went off at a market west of Mosul, police said.';
  const events = records(text, '2019-03-09');
  assert.ok(events.length > 0);
  for (const e of events) assert.equal(e.time?.start, '2019-03-09');
});
