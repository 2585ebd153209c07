import { readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { Document } from '../../model/document.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { stagesUpTo } from '../../stages/registry.js';
import { readTimeml, type GoldTimex } from './read-timeml.js';
import { scoreTimexes, type TimexCounts, type TimexMismatch } from './score-timexes.js';

/**
 * TempEval-3 scores of the annotateDates stage on a TimeML folder (fractions 0-1).
 * Example: { strict_f1: 0.81, relaxed_f1: 0.9, value_accuracy: 0.85, value_f1: 0.77, precision: 0.9, recall: 0.9, n: 1243, … }
 */
export interface TimemlResult {
  strict_f1: number;
  relaxed_f1: number;
  /** Share of relaxed-matched pairs whose normalised value equals the gold value. */
  value_accuracy: number;
  /** Relaxed F1 where a match counts only with the right value (= value_accuracy × relaxed_f1). */
  value_f1: number;
  /** Relaxed precision and recall. */
  precision: number;
  recall: number;
  strict_precision: number;
  strict_recall: number;
  type_accuracy: number;
  /** Gold TIMEX3s, the document creation times excluded. */
  n: number;
  predicted: number;
  documents: number;
  /** Per document in files, at most 20 each of misses, false alarms and wrong values, for error analysis. */
  mismatches: TimexMismatch[];
  articles_per_second: number;
}

/** Runs the pipeline up to annotateDates over every *.tml file of `dir` and scores it as TempEval-3 does. */
export async function evaluateTimeml(dir: string, options: { limit?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<TimemlResult> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().slice(0, options.limit ?? Infinity);
  const stages = stagesUpTo('annotateDates');
  const totals: TimexCounts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  const mismatches: TimexMismatch[] = [];
  let elapsed = 0;
  for (const [i, file] of files.entries()) {
    const tml = readTimeml(join(dir, file), basename(file, '.tml'));
    const hash = createHash('sha256').update(tml.text).digest('hex');
    const doc: Document = { id: 'doc_' + hash.slice(0, 16), contentHash: hash, text: tml.text, language: 'en', origin: file };
    if (tml.dct) doc.published = tml.dct;
    const began = performance.now();
    const times = runPipeline(doc, stages).layers.times;
    elapsed += performance.now() - began;
    const predicted = times.map((t) => ({ start: t.span.start, end: t.span.end, text: t.text, type: t.type, value: t.timex }));
    const counts = scoreTimexes(tml.gold, predicted, tml.id, mismatches);
    for (const key of Object.keys(totals) as (keyof TimexCounts)[]) totals[key] += counts[key];
    options.onProgress?.(i + 1, files.length);
    await Promise.resolve();
  }
  return summarise(totals, files.length, mismatches, elapsed);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function summarise(t: TimexCounts, documents: number, mismatches: TimexMismatch[], elapsedMs: number): TimemlResult {
  const precision = ratio(t.relaxed, t.predicted);
  const recall = ratio(t.relaxed, t.gold);
  const strictPrecision = ratio(t.strict, t.predicted);
  const strictRecall = ratio(t.strict, t.gold);
  const relaxed = f1(precision, recall);
  const valueAccuracy = ratio(t.value, t.relaxed);
  return {
    strict_f1: f1(strictPrecision, strictRecall),
    relaxed_f1: relaxed,
    value_accuracy: valueAccuracy,
    value_f1: valueAccuracy * relaxed,
    precision,
    recall,
    strict_precision: strictPrecision,
    strict_recall: strictRecall,
    type_accuracy: ratio(t.type, t.relaxed),
    n: t.gold,
    predicted: t.predicted,
    documents,
    mismatches,
    articles_per_second: ratio(documents * 1000, elapsedMs),
  };
}

/** A readable table of the scores, with HeidelTime's value F1 beside ours. */
export function formatTimemlTable(result: TimemlResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const rows: Array<[string, string]> = [
    ['gold TIMEX3 (n)', String(result.n).padStart(6)],
    ['predicted', String(result.predicted).padStart(6)],
    ['documents', String(result.documents).padStart(6)],
    ['strict P / R / F1', `${pct(result.strict_precision)} ${pct(result.strict_recall)} ${pct(result.strict_f1)}`],
    ['relaxed P / R / F1', `${pct(result.precision)} ${pct(result.recall)} ${pct(result.relaxed_f1)}`],
    ['value accuracy', pct(result.value_accuracy)],
    ['value F1', `${pct(result.value_f1)}   (HeidelTime 87.6)`],
    ['type accuracy', pct(result.type_accuracy)],
    ['articles/s (to annotateDates)', result.articles_per_second.toFixed(0).padStart(6)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return ['TimeML (TempEval-3 scoring)', ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n');
}

export type { GoldTimex };
