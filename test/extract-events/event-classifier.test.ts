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

test('compileClassifier keeps each word\'s labels and weights in the model\'s order, as classifierEvent reads them', () => {
  const row = model.rows.get('rocket')!;
  assert.deepEqual([...row.labels], [1, 2]);
  assert.deepEqual([...row.weights], [0.5, 0.2]);
  assert.deepEqual([...model.rows.get('shell')!.weights], [1.5]);
});

test('classifyWords counts a word each time it occurs, and a bigram the model weighs', () => {
  const paired = compileClassifier({ labels: ['A', 'B'], bias: [0, 0], weights: { rocket: [[1, 0.5]], shell_rocket: [[0, 2]] } });
  const p = (words: string[]) => classifyWords(words, paired).find((s) => s.label === 'B')!.p;
  assert.ok(p(['rocket', 'rocket']) > p(['rocket']));
  assert.ok(p(['shelled', 'rockets']) < p(['rockets']), 'the bigram shell_rocket weighs for A');
});
