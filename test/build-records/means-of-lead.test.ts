import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2024-05-08', language: 'en' }, 'means-of-lead.test.ts');
  return runPipeline(document).layers.events ?? [];
};

test('buildRecords gives the opening sentence\'s deadly attack that names no weapon the weapon of the deadly attack the next sentence tells', () => {
  const text = 'Twelve people killed in attacks on two villages in the north. Government warplanes struck the villages of Kafr Nabl and Maarat on Sunday, '
    + 'killing at least nine civilians, a monitor said. Rescue teams searched the rubble.';
  const [first] = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(first.triggerText, 'attacks');
  assert.deepEqual([first.mode, first.acled], ['aerial', 'Air/drone strike']);
});

test('buildRecords reads a clash the classifier guessed for the opening toll as unarmed too, but keeps a clash its trigger names', () => {
  const guessed = records('Forty militants killed in army operations east of the city. Army artillery pounded militant positions near the dam on Thursday, killing at least 25 of them.');
  assert.equal(guessed[0].acled, 'Shelling/artillery/missile attack');
  const named = records('Forty militants were killed in fighting east of the city. Army artillery pounded militant positions near the dam on Thursday, killing at least 25 of them.');
  assert.deepEqual([named[0].triggerText, named[0].acled], ['fighting', 'Armed clash']);
});

test('buildRecords leaves an opening attack\'s weapon unnamed when the next sentence\'s weapon killed nobody or the attack is later in the story', () => {
  // Air strikes that killed nobody tell another act, not how the five died.
  const none = records('Gunmen killed five villagers in an attack on Monday. Separately, air strikes hit a market in another province.');
  assert.deepEqual(none.filter((r) => r.triggerText === 'attack').map((r) => r.acled), ['Attack']);
  // Only the opening sentence sums up the story; an attack told later is not the next sentence's.
  const later = records('The army said on Monday that it had sent more troops to the north. Five villagers were killed in an attack near the border. '
    + 'Government warplanes struck a rebel base in the hills on Sunday, killing at least nine fighters.');
  assert.deepEqual(later.filter((r) => r.triggerText === 'attack').map((r) => r.acled), ['Attack']);
});
