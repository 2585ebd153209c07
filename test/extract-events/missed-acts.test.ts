import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

// Acts told in words the trigger lexicon lacked: a fight told by its past verb, a call by telephone,
// disappointment voiced at a party, troops added.
const events = (text: string) => extract(text).map((e) => `${e.type}:${e.triggerText.toLowerCase()}`);

test('extractEvents reads "have fought since Monday" as a clash', () => {
  assert.ok(events('Two rival brigades have fought since Monday in the southern districts, residents said.').some((e) => e.startsWith('ASSAULT:fought')));
});

test('extractEvents reads "spoke by telephone" as a phone call', () => {
  assert.ok(events('The foreign minister spoke by telephone on Monday with his Turkish counterpart.').some((e) => e.startsWith('CONSULT:')));
});

test('extractEvents reads being "deeply disappointed" by a party\'s decision as disapproval', () => {
  assert.ok(events('The mediators said they were deeply disappointed by the rebels\' decision to walk out.').some((e) => e.startsWith('ACCUSE:')));
});

test('extractEvents reads "ordered 300 additional troops to" a province as a mobilisation, not an attack', () => {
  const found = events('The interior minister said he had ordered 300 additional troops to the border province.');
  assert.ok(found.some((e) => e.startsWith('MOBILIZE:')), JSON.stringify(found));
  assert.ok(!found.some((e) => e.startsWith('ASSAULT:')));
});
