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

test('countCasualties does not count the attackers as dead when a later verb of theirs gives its own toll ("stormed the village and killed 20")', () => {
  assert.deepEqual(counted('Dozens of militants stormed the village and killed 20 people.'), ['20']);
  assert.deepEqual(counted('Some 300 jihadists attacked the base on Friday and executed at least 40 soldiers.'), ['at least 40']);
  // The count is still the verb's own when the verb has no count after it.
  assert.deepEqual(counted('Dozens of militants were killed in the raid on the village.'), ['Dozens']);
});
