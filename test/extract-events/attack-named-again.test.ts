import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// 'The attack came as …', 'had not taken part in the strikes': the story's attack named again, even in a sentence
// that carries a date of its own (the date belongs to another clause).
const attacks = (text: string) => {
  const { document } = makeDocument(text, { published: '2024-01-13', language: 'en' }, 'attack-named-again.test.ts');
  return runPipeline(document).layers.events.filter((e) => e.type === 'ASSAULT');
};

test('"The shelling came a day after" a truce announced on Saturday is the shelling already told', () => {
  const text = 'Artillery shelling of the central market killed at least 12 people on Monday, medics said. '
    + 'The shelling came a day after a two-day truce, announced by both sides on Saturday, was due to take effect.';
  assert.equal(attacks(text).length, 1, JSON.stringify(attacks(text).map((e) => [e.triggerText, e.time?.start])));
});

test('a party that "had not taken part in the strikes" names the strikes already told, not new ones', () => {
  const text = 'American and British warships struck rebel radar sites on Friday, the Pentagon said. '
    + 'A European naval mission, launched this month, said it had not taken part in the strikes.';
  const found = attacks(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((e) => [e.triggerText, e.actors.map((a) => a.text)])));
});

test('"The new deadly bombings come …" and "The Sunday attack came …": the attack told, named again with modifiers between "the" and its noun', () => {
  const text = 'Two car bombs exploded at a busy crossroads in the city on Sunday, killing at least 40 people, officials said. '
    + 'The new deadly bombings come in the wake of army gains against the militants in the north.';
  assert.equal(attacks(text).length, 1, JSON.stringify(attacks(text).map((e) => e.triggerText)));
  const told = 'Gunmen stormed a checkpoint near the town on Sunday, killing four police officers. The Sunday attack came a week after talks between the two sides broke down.';
  assert.equal(attacks(told).length, 1, JSON.stringify(attacks(told).map((e) => e.triggerText)));
});

test('"The second attack" after an attack is another attack, not the first named again', () => {
  const text = 'Gunmen stormed a checkpoint near the town on Sunday, killing four police officers. The second attack came hours later at a market.';
  assert.equal(attacks(text).length, 2, JSON.stringify(attacks(text).map((e) => e.triggerText)));
});
