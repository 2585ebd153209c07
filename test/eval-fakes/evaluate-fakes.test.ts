import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluateFakes, formatFakesTable, readFakes, usDate } from '../../src/eval/fa-kes/evaluate-fakes.js';
import { segment } from '../../src/stages/segment/segment.js';
import { countCasualties } from '../../src/stages/count-casualties/count-casualties.js';

// Only the stages the casualties path reads, so this test does not depend on the other stages.
const stages = [segment, countCasualties];

const fixture = fileURLToPath(new URL('./fixture-articles.csv', import.meta.url));

test('readFakes reads the FA-KES columns and the M/D/YY date', () => {
  const [first] = readFakes(fixture);
  assert.equal(first.id, '1');
  assert.equal(first.published, '2014-03-03');
  assert.equal(first.location, 'idlib');
  assert.deepEqual(first.figures, { civilians: 12, children: 3, women: 0, noncivilians: 0 });
  assert.equal(usDate('12/25/16'), '2016-12-25');
  assert.equal(usDate('not a date'), undefined);
});

test('evaluateFakes scores the article figures the casualties layer gives against the labels', async () => {
  const progress: number[] = [];
  const result = await evaluateFakes(fixture, { figuresFrom: 'casualties', stages, onProgress: (done) => progress.push(done) });
  assert.equal(result.n, 3);
  assert.deepEqual(progress, [1, 2, 3]);
  assert.equal(result.civilians_exact, 1);
  assert.equal(result.noncivilians_exact, 1);
  assert.equal(result.children_exact, 1);
  assert.equal(result.women_exact, 1);
  assert.deepEqual(result.civilian_misses, []);
});

test('evaluateFakes honours a limit, and its table names every measure', async () => {
  const result = await evaluateFakes(fixture, { limit: 1, figuresFrom: 'casualties', stages });
  assert.equal(result.n, 1);
  const table = formatFakesTable(result);
  for (const row of ['civilians exact', 'civilians within 10%', 'location accuracy', 'cause of death accuracy', 'actor class accuracy']) assert.match(table, new RegExp(row));
});

test('readFakes names the missing columns of a file that is not FA-KES', () => {
  const notFakes = fileURLToPath(new URL('./not-fakes.csv', import.meta.url));
  assert.throws(() => readFakes(notFakes), /lacks the FA-KES columns .*nb_civilians/);
});
