import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './extract-with-actors.js';

const coded = (text: string) => extract(text).map((e) => `${e.type}/${e.mode ?? ''}:${e.triggerText}`);

test('extractEvents reads "insisted that all options were on the table" as a threat of force, not a request', () => {
  const found = coded('The two ministers insisted that all options were on the table.');
  assert.ok(found.some((e) => e.startsWith('THREATEN/violence:')), JSON.stringify(found));
  assert.ok(!found.some((e) => e.startsWith('REQUEST')), JSON.stringify(found));
});

test('extractEvents keeps "insisted that he must step down" a demand', () => {
  assert.ok(coded('The opposition insisted that the governor must step down.').some((e) => e.startsWith('REQUEST')));
});
