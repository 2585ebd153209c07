import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// A missile launched at nobody is a show of force (CAMEO 15), not an attack: a test, or a launch into the sea.
const typeOf = (text: string, word: string) => extract(text).find((e) => e.triggerText.toLowerCase().includes(word))?.type;

test('extractEvents codes a missile launched into the sea, with no target, as a show of force (MOBILIZE)', () => {
  assert.equal(typeOf('The neighbouring state fired a short-range missile into the sea off its west coast on Tuesday.', 'missile'), 'MOBILIZE');
  assert.equal(typeOf('Officials condemned the launch of an intermediate-range missile into the sea on Sunday.', 'missile'), 'MOBILIZE');
});

test('extractEvents codes a missile test as a show of force (MOBILIZE), not an attack', () => {
  assert.equal(typeOf('The military tested a new cruise missile near the northern coast on Thursday.', 'missile'), 'MOBILIZE');
});

test('extractEvents keeps a missile launched at a place or people, or that hit something, an attack', () => {
  assert.equal(typeOf('The militia launched a missile at the airport on Tuesday.', 'missile'), 'ASSAULT');
  assert.equal(typeOf('A missile launched from the coast hit a fuel depot, killing two workers.', 'missile'), 'ASSAULT');
  assert.equal(typeOf('Rebels fired a missile towards the capital overnight.', 'missile'), 'ASSAULT');
});

test('extractEvents keeps a rocket launched across a front an attack even with no target named', () => {
  assert.equal(typeOf('The army said a rocket had been launched from the enclave hours after the truce began.', 'rocket'), 'ASSAULT');
});
