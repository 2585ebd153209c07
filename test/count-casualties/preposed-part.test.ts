import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const figures = (text: string) => casualtiesOf(text).map((m) => brief(m, text)).map((f) => [f.outcome, f.category, f.best]);

test('countCasualties reads a part named before its count ("Of those killed, six were children")', () => {
  assert.deepEqual(figures('Of those killed six were children.'), [['killed', 'children', 6]]);
  assert.deepEqual(figures('Of the dead, four were women, the hospital said.'), [['killed', 'women', 4]]);
  assert.deepEqual(figures('Of the wounded, 12 were civilians.'), [['injured', 'civilian', 12]]);
});

test('countCasualties reads a part of a toll named after its count ("12 of the dead were militia fighters")', () => {
  assert.deepEqual(figures('Witnesses said 12 of the dead were militia fighters.'), [['killed', 'fighters', 12]]);
  assert.deepEqual(figures('Five of those killed were children.'), [['killed', 'children', 5]]);
  // A part that is not said to be of a kind of people adds no count.
  assert.deepEqual(figures('Two of the wounded were in critical condition.'), []);
});
