import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { timeCheckout } from '../../src/scripts/bench-compare.js';
import { median } from '../../src/eval/geoparsing/score-geoparsing.js';

test('the median bench-compare reports (the geoparsing eval\'s) is the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([160, 122, 135, 164]), 147.5);
  assert.equal(median([7]), 7);
});

const built = existsSync('dist/scripts/bench-pipeline.js');

test('timeCheckout times a built checkout\'s pipeline on generated articles: articles per CPU-second and the events it found', { skip: !built && 'dist is not built' }, async () => {
  const t = await timeCheckout(process.cwd(), 20, 5);
  assert.equal(t.checkout, process.cwd());
  assert.ok(t.articlesPerCpuSecond > 0, `articles per CPU-second: ${t.articlesPerCpuSecond}`);
  assert.ok(t.events > 0, 'twenty generated articles tell events');
});
