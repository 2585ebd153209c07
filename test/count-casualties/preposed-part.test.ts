import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const figures = (text: string) => casualtiesOf(text).map((m) => brief(m, text)).map((f) => [f.outcome, f.category, f.best]);

test('countCasualties reads a part named before its count ("Of those killed, six were children")', () => {
  assert.deepEqual(figures('Of those killed six were children.'), [['killed', 'children', 6]]);
  assert.deepEqual(figures('Of the dead, four were women, the hospital said.'), [['killed', 'women', 4]]);
  assert.deepEqual(figures('Of the wounded, 12 were civilians.'), [['injured', 'civilian', 12]]);
});
