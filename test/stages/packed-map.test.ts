import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packedMap } from '../../src/stages/packed-map.js';

test('packedMap gives what Array.prototype.map gives: each item mapped, with its index, in order', () => {
  const items = [{ word: 'shelled' }, { word: 'killed' }, { word: 'said' }];
  assert.deepEqual(packedMap(items, (x, i) => `${i}:${x.word}`), items.map((x, i) => `${i}:${x.word}`));
  assert.deepEqual(packedMap([], (x: number) => x + 1), []);
});

test('packedMap returns a new array and leaves the one it reads as it was', () => {
  const items = [1, 2];
  const out = packedMap(items, (x) => x);
  assert.notEqual(out, items);
  assert.deepEqual(items, [1, 2]);
});
