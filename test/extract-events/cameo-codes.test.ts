import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';
import { loadTriggerLexicon } from '../../src/stages/extract-events/trigger-lexicon.js';
import { CASE_LABELS } from '../../src/stages/extract-events/case-labels.js';

const codes = (text: string, actors: Array<[string, string, 'military' | 'rebel']> = []) =>
  extract(text, actors).filter((e) => e.type === 'ASSAULT').map((e) => [e.mode ?? null, e.cameo]);

test('a town taken or retaken is CAMEO 192 (occupy territory), not a code the codebook lacks', () => {
  assert.deepEqual(codes('The army retook the village of Tal Hamra on Monday.', [['army', 'XXXMIL', 'military']]), [['seize', '192']]);
  assert.deepEqual(codes('Rebels seized control of the town after two days of fighting.', [['Rebels', 'XXXREB', 'rebel']]).slice(0, 1), [['seize', '192']]);
});

test('a chemical attack is CAMEO 2041 (chemical weapons), not 196 (violate ceasefire)', () => {
  assert.deepEqual(codes('Dozens of people were killed in a chemical attack on the town.'), [['unconventional', '2041']]);
});

test('looting and burning are CAMEO 171 (seize or damage property)', () => {
  assert.deepEqual(codes('Soldiers looted shops in the market on Friday.', [['Soldiers', 'XXXMIL', 'military']]), [['destroy', '171']]);
});

test('the trigger lexicon and the class table give only CAMEO codes of the codebook\'s shape, none of the 195x ones it does not define', () => {
  const lexicon = loadTriggerLexicon();
  const given = [...[...lexicon.byFirst.values()].flat(), ...lexicon.prefixes].map((e) => e.cameo).concat(CASE_LABELS.map((l) => l.cameo)).filter((c): c is string => Boolean(c));
  assert.deepEqual(given.filter((c) => !/^\d{2,4}$/.test(c) || /^195\d$/.test(c)), []);
});
