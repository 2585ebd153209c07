import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemAt } from '../../src/stages/item-at.js';

test('itemAt reads inside the list and gives undefined before its first item and after its last', () => {
  const words = ['troops', 'entered', 'the', 'town'];
  assert.equal(itemAt(words, 0), 'troops');
  assert.equal(itemAt(words, 3), 'town');
  assert.equal(itemAt(words, 4), undefined);
  assert.equal(itemAt(words, -1), undefined);
});
