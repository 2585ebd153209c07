import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

// 'Dozens of gunmen stormed the village, killing three farmers': the first count is of the attackers,
// the participle's own count is of the dead.
const counted = (text: string) => casualtiesOf(text).map((m) => brief(m, text).words);

test('countCasualties does not count the attackers as dead when a participle after them gives its own toll', () => {
  assert.deepEqual(counted('Dozens of gunmen stormed the village on Monday, killing three farmers.'), ['three']);
  assert.deepEqual(counted('About 200 fighters attacked the garrison before dawn, killing at least 14 soldiers.'), ['at least 14']);
});

test('countCasualties still gives a participle its count when no other count follows it', () => {
  assert.deepEqual(counted('Three soldiers were on patrol near the border, when a mine exploded, killing them.').length <= 1, true);
  assert.deepEqual(counted('Five civilians died on Sunday, among them two children.').length, 2);
});
