import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileClassifier, classifyWords } from '../../src/stages/extract-events/event-classifier.js';

// A toy model: four labels, two weighted words; labels the words leave alone tie at their bias.
const model = compileClassifier({
  labels: ['A', 'B', 'C', 'D'],
  bias: [0, 0, 0, 0],
  weights: { shell: [[2, 1.5]], rocket: [[1, 0.5], [2, 0.2]] },
});

test('classifyWords lists every label, the most probable first', () => {
  const ranked = classifyWords(['shelled', 'rockets'], model);
  assert.deepEqual(ranked.map((s) => s.label), ['C', 'B', 'A', 'D']);
  assert.ok(Math.abs(ranked.reduce((sum, s) => sum + s.p, 0) - 1) < 1e-12);
});

test('classifyWords keeps labels of equal probability in the model\'s order', () => {
  assert.deepEqual(classifyWords(['the', 'town'], model).map((s) => s.label), ['A', 'B', 'C', 'D']);
  assert.deepEqual(classifyWords(['shells'], model).map((s) => s.label), ['C', 'A', 'B', 'D']);
});
