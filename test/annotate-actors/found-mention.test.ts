import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foundMention } from '../../src/stages/annotate-actors/found-mention.js';

test('foundMention gives every mention the same fields in the same order, undefined where a mention has none', () => {
  const army = { id: 'syrmil', name: 'Syrian army', code: 'SYRMIL', kind: 'military' as const };
  const named = foundMention(3, 5, army, 0.8, 'agent', 'army');
  const pronoun = foundMention(9, 10, army, 0.5, 'coref', undefined, undefined, undefined, named);
  const keys = ['start', 'end', 'actor', 'confidence', 'source', 'head', 'contextSector', 'describes', 'corefOf'];
  assert.deepEqual(Object.keys(named), keys);
  assert.deepEqual(Object.keys(pronoun), keys);
  assert.equal(pronoun.corefOf, named);
  assert.equal(named.head, 'army');
  assert.equal(pronoun.head, undefined);
});
