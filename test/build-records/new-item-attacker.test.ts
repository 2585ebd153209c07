import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2016-03-01', language: 'en' }, 'new-item-attacker.test.ts');
  return runPipeline(document).layers.events;
};
const codes = (r: { actors: { actor?: { code: string } }[] } | undefined) => (r?.actors ?? []).map((p) => p.actor?.code).filter(Boolean);

test('"Meanwhile" opens a new item: "militants" there is not the group the sentence before named', () => {
  const text = 'Near Deraa an army unit killed a number of Nusra Front militants on Monday. '
    + 'Meanwhile three civilians were wounded when militants fired rockets on a market in Homs on Monday.';
  const rockets = records(text).find((r) => /fired|rockets/i.test(r.triggerText));
  assert.ok(rockets, 'the rocket fire is recorded');
  assert.deepEqual(codes(rockets), [], JSON.stringify(rockets.actors));
});

test('without a new-item cue, "militants" in the next sentence still stands for the group just named', () => {
  const text = 'Nusra Front militants stormed an army post near Deraa on Monday. '
    + 'On Tuesday the militants shelled the village of Nawa, killing two civilians.';
  const shelling = records(text).find((r) => r.triggerText === 'shelled');
  assert.ok(shelling, 'the shelling is recorded');
  assert.ok(codes(shelling).length > 0, JSON.stringify(shelling.actors));
});
