import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortUnlessOrdered } from '../../src/stages/sort-unless-ordered.js';

const byFirst = (a: { first: number }, b: { first: number }) => a.first - b.first;

test('sortUnlessOrdered sorts an array out of order, stably, in place', () => {
  const items = [{ first: 3, id: 'a' }, { first: 1, id: 'b' }, { first: 3, id: 'c' }, { first: 1, id: 'd' }];
  const sorted = sortUnlessOrdered(items, byFirst);
  assert.equal(sorted, items);
  assert.deepEqual(items.map((x) => x.id), ['b', 'd', 'a', 'c']);
});

test('sortUnlessOrdered leaves an ordered array, ties included, as it is', () => {
  const items = [{ first: 1, id: 'a' }, { first: 1, id: 'b' }, { first: 2, id: 'c' }];
  assert.deepEqual(sortUnlessOrdered(items, byFirst).map((x) => x.id), ['a', 'b', 'c']);
  assert.deepEqual(sortUnlessOrdered([], byFirst), []);
});
