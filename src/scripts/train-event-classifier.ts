/**
 * Trains the sentence classifier of the extractEvents stage from sitrep's own labelled sentences
 * (data/training/event-sentences.tsv) and writes data/models/event-classifier.json.
 * It reports 5-fold cross-validation accuracy first, then trains on every sentence.
 * Run: npx tsx src/scripts/train-event-classifier.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataPath } from '../data-files/data-path.js';
import { readTsv } from '../data-files/read-tsv.js';
import { sentenceFeatures, wordsOfTokens, lexiconFeatures } from '../stages/extract-events/sentence-features.js';
import { segmentText } from '../stages/segment/segment.js';
import { findTriggers } from '../stages/extract-events/find-triggers.js';
import { loadTriggerLexicon } from '../stages/extract-events/trigger-lexicon.js';
import { scoreFeatures, type EventClassifierModel } from '../stages/extract-events/event-classifier.js';

interface Example { label: number; features: string[] }

const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-4;
const PRUNE = 0.06;
// Features seen in fewer sentences than this are dropped: they only memorise one sentence.
const MIN_COUNT = 3;
const FOLDS = 5;
// Runs with different orders of the sentences, whose weights are averaged: one run's labels swing with the order
// (a point or two of CASE F1 from the seed alone); the average of five is steadier and no larger.
const SEEDS = [1, 2, 3, 4, 5];

/** Multinomial logistic regression by stochastic gradient descent with L2 decay, averaged over SEEDS orders, then pruned. */
export function trainModel(examples: readonly Example[], labels: readonly string[], seeds: readonly number[] = SEEDS): EventClassifierModel {
  const k = labels.length;
  const dense = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  for (const seed of seeds) {
    const run = trainRun(examples, k, seed);
    for (let c = 0; c < k; c++) bias[c] += run.bias[c] / seeds.length;
    for (const [feature, row] of run.dense) {
      let sum = dense.get(feature);
      if (!sum) dense.set(feature, (sum = new Float64Array(k)));
      for (let c = 0; c < k; c++) sum[c] += row[c] / seeds.length;
    }
  }
  const weights: EventClassifierModel['weights'] = {};
  for (const [feature, row] of dense) {
    const kept: Array<[number, number]> = [];
    row.forEach((w, c) => { if (Math.abs(w) >= PRUNE) kept.push([c, Math.round(w * 1000) / 1000]); });
    if (kept.length) weights[feature] = kept;
  }
  return { labels: [...labels], bias: Array.from(bias, (b) => Math.round(b * 1000) / 1000), weights };
}

/** One run of stochastic gradient descent over the sentences in an order drawn from `seed`. */
function trainRun(examples: readonly Example[], k: number, seed: number): { dense: Map<string, Float64Array>; bias: Float64Array } {
  const dense = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const order = examples.map((_, i) => i);
  let rnd = seed;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = RATE / (1 + epoch * 0.1);
    for (const index of order) {
      const ex = examples[index];
      const rows = ex.features.map((f) => {
        let row = dense.get(f);
        if (!row) dense.set(f, (row = new Float64Array(k)));
        return row;
      });
      const scores = Array.from(bias);
      for (const row of rows) for (let c = 0; c < k; c++) scores[c] += row[c];
      const max = Math.max(...scores);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += (scores[c] = Math.exp(scores[c] - max));
      for (let c = 0; c < k; c++) {
        const gradient = scores[c] / sum - (c === ex.label ? 1 : 0);
        bias[c] -= rate * gradient;
        for (const row of rows) row[c] -= rate * (gradient + L2 * row[c]);
      }
    }
  }
  return { dense, bias };
}

function accuracy(model: EventClassifierModel, examples: readonly Example[]): number {
  let right = 0;
  for (const ex of examples) {
    const probs = scoreFeatures(model, ex.features);
    if (probs.indexOf(Math.max(...probs)) === ex.label) right++;
  }
  return right / examples.length;
}

function main(): void {
  const rows = readTsv(dataPath('training', 'event-sentences.tsv'));
  const labels = [...new Set(rows.map((r) => r.label))].sort();
  const counts = new Map<string, number>();
  // The same words and lexicon matches the stage sees: wink-nlp tokens, then the trigger lexicon over them.
  const lexicon = loadTriggerLexicon();
  const featureSets = rows.map((r) => {
    const { tokens } = segmentText(r.sentence);
    const matches = findTriggers(tokens, 0, tokens.length, lexicon);
    return [...new Set([...sentenceFeatures(wordsOfTokens(tokens, 0, tokens.length)), ...lexiconFeatures(matches.map((m) => m.entry))])];
  });
  for (const set of featureSets) for (const f of set) counts.set(f, (counts.get(f) ?? 0) + 1);
  const examples: Example[] = rows.map((r, i) => ({ label: labels.indexOf(r.label), features: featureSets[i].filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT) }));
  // Folds interleave the sentences, so every fold holds every label.
  const foldAccuracy: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const test = examples.filter((_, i) => i % FOLDS === fold);
    foldAccuracy.push(accuracy(trainModel(train, labels), test));
  }
  const cv = foldAccuracy.reduce((a, b) => a + b, 0) / FOLDS;
  const model = trainModel(examples, labels);
  model.meta = {
    trainedOn: 'data/training/event-sentences.tsv', sentences: examples.length, labels: labels.length,
    features: 'stems and stem bigrams of lower-cased letter or digit runs, plus trigger-lexicon pattern and class (src/stages/extract-events/sentence-features.ts)',
    cvFolds: FOLDS, cvAccuracy: Math.round(cv * 1000) / 1000, trainAccuracy: Math.round(accuracy(model, examples) * 1000) / 1000,
  };
  const out = dataPath('models', 'event-classifier.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`${examples.length} sentences, ${labels.length} labels, ${Object.keys(model.weights).length} features kept`);
  console.log(`${FOLDS}-fold cross-validation accuracy: ${cv.toFixed(3)} (folds: ${foldAccuracy.map((a) => a.toFixed(3)).join(', ')})`);
  console.log(`wrote ${out}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) main();
