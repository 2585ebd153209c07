import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGES } from '../../src/stages/registry.js';
import { checkStageOrder } from '../../src/stages/check-stage-order.js';

test('the registered stages come in an order where every needed layer is added earlier', () => {
  assert.deepEqual(checkStageOrder(STAGES), []);
});

test('checkStageOrder names the stage to move when a stage comes before what it needs', () => {
  const swapped = [STAGES[1], STAGES[0], ...STAGES.slice(2)];
  const problems = checkStageOrder(swapped);
  assert.ok(problems.length > 0);
  assert.match(problems[0], /needs "(sentences|tokens)": move segment before it/);
});

test('checkStageOrder rejects two stages adding one layer', () => {
  assert.match(checkStageOrder([STAGES[0], STAGES[0]]).join('\n'), /already adds/);
});
