import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string, published = '2024-03-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'civilian-total.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; fatalities?: unknown }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.fatalities]));

test('buildRecords counts children killed with no other toll as that many civilians too', () => {
  const events = attacks('Three children were killed when a rocket hit their school in the village of Kafr Zeta on Tuesday, the governor said.');
  assert.equal(events.length, 1, summary(events));
  assert.equal(events[0].fatalities?.children?.[0]?.low, 3, summary(events));
  assert.deepEqual([events[0].fatalities?.civilian?.[0]?.low, events[0].fatalities?.civilian?.[0]?.high], [3, 3], summary(events));
});

test('buildRecords keeps an open count of children open in the civilian total, and adds a woman to the children', () => {
  const open = attacks('At least four children were killed in shelling on the town of Harasta on Monday, rescuers said.');
  assert.deepEqual([open[0]?.fatalities?.civilian?.[0]?.low, open[0]?.fatalities?.civilian?.[0]?.high], [4, null], summary(open));
  const both = attacks('A woman and two children were killed when a shell hit their house in the town of Douma on Monday, medics said.');
  assert.equal(both[0]?.fatalities?.civilian?.[0]?.low, 3, summary(both));
});

test('buildRecords adds no civilian total where the toll is told of people, children among them', () => {
  const events = attacks('Shelling killed nine people, including three children, in the town of Douma on Monday, medics said.');
  assert.equal(events[0]?.fatalities?.civilian, undefined, summary(events));
});
