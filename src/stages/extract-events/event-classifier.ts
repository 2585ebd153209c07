import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-files/data-path.js';
import { wordsOfTokens, lexiconFeatures, stem } from './sentence-features.js';
import { segmentText } from '../segment/segment.js';
import { findTriggers } from './find-triggers.js';
import { loadTriggerLexicon } from './trigger-lexicon.js';

/**
 * A multinomial logistic regression over sentence features, as trained by
 * src/scripts/train-event-classifier.ts and stored in data/models/event-classifier.json.
 * Example: { labels: ['AIR_STRIKE', …], bias: [0.1, …], weights: { shell: [[6, 1.9]], … } }
 * `weights` is sparse: feature → [labelIndex, weight] pairs.
 */
export interface EventClassifierModel {
  labels: string[];
  bias: number[];
  weights: Record<string, Array<[number, number]>>;
  /** How it was trained and how well it did under cross-validation. */
  meta?: Record<string, unknown>;
}

/** One label with its probability. Example: { label: 'AIR_STRIKE', p: 0.82 } */
export interface LabelScore {
  label: string;
  p: number;
}

/** The model with its weights in typed arrays, as the stage scores with it. */
export interface CompiledClassifier extends EventClassifierModel {
  rows: Map<string, Row>;
  /** Bigram rows by first stem, then second: scoring never builds the joined string. */
  pairs: Map<string, Map<string, Row>>;
  /** Every row's label indexes and weights, one row after another: a row is [start, end) of these. */
  allLabels: Uint8Array;
  allWeights: Float64Array;
}

/** One feature's weights: views of its slice of the shared arrays, and where that slice lies. */
interface Row { labels: Uint8Array; weights: Float64Array; start: number; end: number }

let model: CompiledClassifier | undefined;

/**
 * Turns the JSON's sparse pairs into typed arrays: scoring a sentence then allocates almost nothing.
 * All rows share two arrays, so scoring walks one contiguous slice a word instead of reaching through
 * a row object to two small arrays of its own (a third less time a sentence).
 */
export function compileClassifier(m: EventClassifierModel): CompiledClassifier {
  const rows = new Map<string, Row>();
  const pairs = new Map<string, Map<string, Row>>();
  let size = 0;
  for (const weights of Object.values(m.weights)) size += weights.length;
  const allLabels = new Uint8Array(size);
  const allWeights = new Float64Array(size);
  let end = 0;
  for (const [feature, weights] of Object.entries(m.weights)) {
    const start = end;
    for (const [label, weight] of weights) {
      allLabels[end] = label;
      allWeights[end++] = weight;
    }
    const row = { labels: allLabels.subarray(start, end), weights: allWeights.subarray(start, end), start, end };
    const cut = feature.startsWith('lex') ? -1 : feature.indexOf('_');
    if (cut < 0) rows.set(feature, row);
    else {
      const first = feature.slice(0, cut);
      if (!pairs.has(first)) pairs.set(first, new Map());
      pairs.get(first)!.set(feature.slice(cut + 1), row);
    }
  }
  return { ...m, rows, pairs, allLabels, allWeights };
}

/** Loads the trained model once, on first use. */
export function loadEventClassifier(): CompiledClassifier {
  if (model) return model;
  const path = dataPath('models', 'event-classifier.json');
  try {
    model = compileClassifier(JSON.parse(readFileSync(path, 'utf8')) as EventClassifierModel);
  } catch (error) {
    throw new Error(`Cannot read the event classifier at ${path} (${(error as Error).message}): run \`npx tsx src/scripts/train-event-classifier.ts\`.`);
  }
  return model;
}

/** Probabilities of every label for a list of features under a model (softmax of the linear scores). */
export function scoreFeatures(m: EventClassifierModel, features: readonly string[]): number[] {
  const scores = m.bias.slice();
  for (const f of features) {
    const pairs = m.weights[f];
    if (pairs) for (const [label, w] of pairs) scores[label] += w;
  }
  return softmax(scores);
}

/** Probabilities of every label for a sentence's words under a compiled model: the stage's fast path. */
export function scoreWords(m: CompiledClassifier, words: readonly string[], extra: readonly string[] = []): number[] {
  const scores = m.bias.slice();
  const { allLabels, allWeights } = m;
  for (const feature of extra) {
    const row = m.rows.get(feature);
    if (row !== undefined) addRow(scores, allLabels, allWeights, row.start, row.end);
  }
  const cache = wordCache(m);
  let previous: WordRows | undefined;
  for (const word of words) {
    let entry = cache.get(word);
    if (entry === undefined) {
      const s = stem(word);
      const row = m.rows.get(s);
      entry = { stem: s, start: row?.start ?? 0, end: row?.end ?? 0, pairs: m.pairs.get(s) };
      if (cache.size < 100_000) cache.set(word, entry);
    }
    addRow(scores, allLabels, allWeights, entry.start, entry.end);
    if (previous?.pairs !== undefined) {
      const pair = previous.pairs.get(entry.stem);
      if (pair !== undefined) addRow(scores, allLabels, allWeights, pair.start, pair.end);
    }
    previous = entry;
  }
  return softmax(scores);
}

// A module function, not a closure over `scores`: the closure, made on every call, cost a fifth of scoring.
function addRow(scores: number[], labels: Uint8Array, weights: Float64Array, start: number, end: number): void {
  for (let i = start; i < end; i++) scores[labels[i]] += weights[i];
}

/** What scoring needs of one word, looked up once: its stem, where its row lies (start = end when it has none), and the bigram rows it starts. */
interface WordRows { stem: string; start: number; end: number; pairs: Map<string, Row> | undefined }

// Articles repeat their words: one lookup a word instead of three (stem, row, bigram rows).
const wordCaches = new WeakMap<CompiledClassifier, Map<string, WordRows>>();
function wordCache(m: CompiledClassifier): Map<string, WordRows> {
  let cache = wordCaches.get(m);
  if (!cache) {
    cache = new Map();
    wordCaches.set(m, cache);
  }
  return cache;
}

function softmax(scores: number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.exp(scores[i] - max);
    sum += scores[i];
  }
  for (let i = 0; i < scores.length; i++) scores[i] /= sum;
  return scores;
}

/**
 * The labels of a sentence, most probable first.
 * Example: classifySentence('Rebels shelled the town')[0] → { label: 'ART_MISS_ATTACK', p: 0.7 }
 */
export function classifySentence(text: string, m: CompiledClassifier = loadEventClassifier()): LabelScore[] {
  const { tokens } = segmentText(text);
  const matches = findTriggers(tokens, 0, tokens.length, loadTriggerLexicon());
  return rank(m, scoreWords(m, wordsOfTokens(tokens, 0, tokens.length), lexiconFeatures(matches.map((x) => x.entry))));
}

/** The labels of already-split words (and lexicon features), most probable first. */
export function classifyWords(words: readonly string[], m: CompiledClassifier = loadEventClassifier(), extra: readonly string[] = []): LabelScore[] {
  return rank(m, scoreWords(m, words, extra));
}

// An insertion sort, stable like Array.sort (equal probabilities keep the model's label order): on
// some thirty labels it costs less than half of map-then-sort, and every classified sentence pays it.
function rank(m: EventClassifierModel, probs: number[]): LabelScore[] {
  const ranked: LabelScore[] = new Array(probs.length);
  for (let i = 0; i < probs.length; i++) {
    const score = { label: m.labels[i], p: probs[i] };
    let j = i;
    for (; j > 0 && ranked[j - 1].p < score.p; j--) ranked[j] = ranked[j - 1];
    ranked[j] = score;
  }
  return ranked;
}

