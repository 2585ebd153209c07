import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { evaluateTimeml, formatTimemlTable } from '../../src/eval/timeml/evaluate-timeml.js';
import { readTimeml } from '../../src/eval/timeml/read-timeml.js';
import { scoreTimexes } from '../../src/eval/timeml/score-timexes.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('readTimeml strips tags and entities and anchors gold spans on the stripped text', () => {
  const doc = readTimeml(join(fixtures, 'sample.tml'));
  assert.equal(doc.dct, '2016-07-28');
  assert.equal(doc.gold.length, 4);
  for (const g of doc.gold) assert.equal(doc.text.slice(g.start, g.end), g.text);
  assert.ok(doc.text.includes('AT&T said'));
  assert.deepEqual(doc.gold.map((g) => g.value), ['2016-07-27', 'P3D', '2016-06', 'FUTURE_REF']);
});

test('scoreTimexes counts exact spans as strict and overlapping ones as relaxed', () => {
  const gold = [{ start: 0, end: 9, text: 'last week', type: 'DATE', value: '2016-W29' }, { start: 20, end: 25, text: 'today', type: 'DATE', value: '2016-07-28' }];
  const predicted = [{ start: 5, end: 9, text: 'week', type: 'DATE', value: '2016-W29' }, { start: 20, end: 25, text: 'today', type: 'DATE', value: '2016-07-27' }, { start: 40, end: 44, text: 'soon', type: 'DATE', value: 'FUTURE_REF' }];
  const counts = scoreTimexes(gold, predicted, 'd', []);
  assert.deepEqual(counts, { gold: 2, predicted: 3, strict: 1, relaxed: 2, value: 1, type: 2 });
});

test('evaluateTimeml scores the stage on a TimeML folder like TempEval-3', async () => {
  let progress = 0;
  const result = await evaluateTimeml(fixtures, { onProgress: (done) => { progress = done; } });
  assert.equal(progress, 1);
  assert.equal(result.n, 4);
  // yesterday, three days and last month are found with their values; "in the autumn" is typed differently in our rules.
  assert.ok(result.recall >= 0.75, `recall ${result.recall}`);
  assert.ok(result.value_accuracy >= 0.74 && result.value_accuracy <= 1);
  assert.ok(Math.abs(result.value_f1 - result.value_accuracy * result.relaxed_f1) < 1e-9);
  assert.match(formatTimemlTable(result), /value F1/);
});
