import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtiesOf, brief } from './casualties-of.js';

const kinds = (text: string) => casualtiesOf(text).map((m) => brief(m, text)).map((f) => [f.category, f.best]);

test('countCasualties reads a count of people most of whom were fighters as fighters ("30 people, most of them fighters")', () => {
  assert.deepEqual(kinds('The blast killed 30 people, most of them fighters of the brigade.'), [['fighters', 30]]);
  assert.deepEqual(kinds('The battle killed at least 40 people, more than half of them from the Islamic State group.'), [['fighters', 40]]);
  assert.deepEqual(kinds('The bombing killed 18 people most of them members of the militia.'), [['fighters', 18]]);
});

test('countCasualties keeps a count unspecified when most of them were civilians or children, or "most of them" names no side', () => {
  // Some of a count that is mostly civilians were not: its civilians are not all of it.
  assert.deepEqual(kinds('The raid killed 25 people, mostly civilians.'), [['unspecified', 25]]);
  assert.deepEqual(kinds('The shelling killed 12 people, the majority of them from the same family.'), [['unspecified', 12]]);
  // Children or women are a part of the count, not its kind: the whole is no count of children.
  assert.deepEqual(kinds('The strike killed 20 people, most of them children.'), [['unspecified', 20]]);
  assert.deepEqual(kinds('The strike killed 20 people, most of them in the old city.'), [['unspecified', 20]]);
});
