import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsIn } from './run-actors.js';

// Texts that name no party at all: annotateActors must find no actor in them.
const NEGATIVE_CASES = [
  'Is the ceasefire regime holding? It is, for now.',
  'On Monday, 27 February, the situation in the city of Aleppo was calm.',
  'However, the fighting flared up again in recent weeks.',
  'Prices rose in January and fell in March.',
  'It was said that the talks had made progress.',
  'Because of the heat, the market in Homs closed early.',
];

for (const text of NEGATIVE_CASES) {
  test(`annotateActors finds no actor in: ${text}`, () => {
    assert.deepEqual(actorsIn(text).map((m) => m.text), []);
  });
}

test('annotateActors takes no party from a noun compound with a context agent: a sanctions regime', () => {
  const actors = actorsIn('The sanctions regime stayed in place.');
  assert.ok(!actors.some((m) => m.text.includes('regime')));
});

// CAMEO gives some actors a translation or a fragment of their name as a one-word alias ('Organization'
// for Tanzim, 'Youth' for Gazteriak); the build script drops them, so the capitalised word names no one.
for (const text of ['Organization matters more than numbers, the monitor said.', 'Youth unemployment rose.', 'Zero casualties were reported.']) {
  test(`annotateActors takes no actor from a common word that CAMEO lists as an alias: ${text}`, () => {
    assert.deepEqual(actorsIn(text).map((m) => m.text), []);
  });
}

test('annotateActors reads "the Organization for Security and Co-operation in Europe" as the OSCE, not its first word', () => {
  const actors = actorsIn('The Organization for Security and Co-operation in Europe said the Organization had sent monitors.');
  assert.equal(actors[0]?.actor?.code, 'IGOEUROSC');
  assert.deepEqual(actors.filter((m) => m.text === 'Organization' && m.actor).map((m) => m.actor?.code), []);
});

test('annotateActors reads no UN into the last word of a Korean name: Kim Jong Un', () => {
  const actors = actorsIn('Kim Yo Jong, the sister of leader Kim Jong Un, dismissed the offer.', '2024-03-01');
  assert.ok(!actors.some((m) => m.actor?.code === 'IGOUNO'), actors.map((m) => `${m.text}=${m.actor?.code}`).join(', '));
});
