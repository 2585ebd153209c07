import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveringAttribution } from '../../src/stages/build-records/covering-attribution.js';
import type { Attribution } from '../../src/model/source.js';

// 'Officials said the monitor reported that jets struck the town': the monitor's claim is inside the officials'.
const claim = (start: number, end: number, cueWord: string): Attribution => ({
  cue: { start: start - 5, end: start - 1 }, cueWord, content: { start, end }, chain: [], denial: false,
});

test('coveringAttribution takes the innermost claim that holds the span, wherever it stands in the list', () => {
  const outer = claim(15, 60, 'say');
  const inner = claim(40, 60, 'report');
  const elsewhere = claim(70, 90, 'say');
  assert.equal(coveringAttribution([outer, inner, elsewhere], { start: 45, end: 50 }), inner);
  assert.equal(coveringAttribution([inner, outer], { start: 45, end: 50 }), inner);
  assert.equal(coveringAttribution([outer, inner], { start: 20, end: 25 }), outer);
  assert.equal(coveringAttribution([outer, inner], { start: 62, end: 65 }), undefined);
});

test('coveringAttribution keeps the first of two claims of one length, as a stable sort would', () => {
  const first = claim(10, 40, 'say');
  const second = claim(10, 40, 'according to');
  assert.equal(coveringAttribution([first, second], { start: 12, end: 20 }), first);
  assert.equal(coveringAttribution([second, first], { start: 12, end: 20 }), second);
});
