import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { casualtiesOf } from './casualties-of.js';

const cases = readFileSync(new URL('./negative-cases.txt', import.meta.url), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

test('countCasualties gives no figure for any sentence of negative-cases.txt', () => {
  assert.ok(cases.length >= 15);
  const found = cases.flatMap((text) => casualtiesOf(text).map((m) => `${text} → ${m.figure.text} (${m.category} ${m.outcome})`));
  assert.deepEqual(found, []);
});
