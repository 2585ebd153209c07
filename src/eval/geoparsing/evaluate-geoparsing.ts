import { createHash } from 'node:crypto';
import { runPipeline } from '../../stages/run-pipeline.js';
import { stagesUpTo } from '../../stages/registry.js';
import type { Document } from '../../model/document.js';
import type { AnyStage } from '../../stages/stage.js';
import { readGeoparsingXml } from './read-geoparsing-xml.js';
import { emptyCounts, errorAuc, median, scoreArticle } from './score-geoparsing.js';

/**
 * Figures for one geoparsing corpus.
 * Example: { toponym_precision: 0.84, toponym_recall: 0.8, toponym_f1: 0.82, acc_161km: 0.85, mean_error_km: 210,
 *            median_error_km: 0, auc: 0.2, n: 4460, unanchored: 3, articles: 588, predicted: 4300, resolved: 3500 }
 */
export interface GeoparsingResult {
  toponym_precision: number;
  toponym_recall: number;
  toponym_f1: number;
  /** Share of the recognised gold toponyms placed within 161 km (100 miles) of the gold point. */
  acc_161km: number;
  mean_error_km: number;
  median_error_km: number;
  auc: number;
  /** Gold toponyms scored (anchored on the text). */
  n: number;
  /** Gold toponyms whose phrase could not be found at or near the given offset: left out. */
  unanchored: number;
  articles: number;
  predicted: number;
  /** Recognised gold toponyms with coordinates: the base of the error figures. */
  resolved: number;
}

/** Runs the pipeline up to annotatePlaces over a geoparsing corpus (any of the four layouts) and scores it. */
export async function evaluateGeoparsing(
  file: string,
  options: { limit?: number; onProgress?: (done: number, total: number) => void; stages?: readonly AnyStage[] } = {},
): Promise<GeoparsingResult> {
  const articles = readGeoparsingXml(file).slice(0, options.limit ?? Infinity);
  // Another stage list (segment and annotatePlaces alone) measures the place stage in isolation.
  const stages = options.stages ?? stagesUpTo('annotatePlaces');
  const counts = emptyCounts();
  let unanchored = 0;
  for (const [i, article] of articles.entries()) {
    const hash = createHash('sha256').update(article.text).digest('hex');
    const doc: Document = { id: 'doc_' + hash.slice(0, 16), contentHash: hash, text: article.text, language: 'en', origin: `${file}:${article.id}` };
    const { layers } = runPipeline(doc, stages);
    scoreArticle(article.toponyms, layers.places ?? [], counts);
    unanchored += article.unanchored;
    options.onProgress?.(i + 1, articles.length);
    // Let a progress bar or a server breathe between articles.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  const precision = counts.predicted ? counts.predictedCorrect / counts.predicted : 0;
  const recall = counts.gold ? counts.goldFound / counts.gold : 0;
  const errors = counts.errorsKm;
  return {
    toponym_precision: precision,
    toponym_recall: recall,
    toponym_f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    acc_161km: errors.length ? errors.filter((e) => e <= 161).length / errors.length : 0,
    mean_error_km: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : 0,
    median_error_km: median(errors),
    auc: errorAuc(errors),
    n: counts.gold,
    unanchored,
    articles: articles.length,
    predicted: counts.predicted,
    resolved: errors.length,
  };
}

/** The result as a two-column text table, for the CLI. */
export function formatGeoparsingTable(result: GeoparsingResult): string {
  const rows: Array<[string, string]> = [
    ['toponym precision', result.toponym_precision.toFixed(3)],
    ['toponym recall', result.toponym_recall.toFixed(3)],
    ['toponym F1', result.toponym_f1.toFixed(3)],
    ['accuracy within 161 km', result.acc_161km.toFixed(3)],
    ['mean error (km)', result.mean_error_km.toFixed(0)],
    ['median error (km)', result.median_error_km.toFixed(0)],
    ['AUC of log error (lower is better)', result.auc.toFixed(3)],
    ['gold toponyms scored', String(result.n)],
    ['gold toponyms not anchored', String(result.unanchored)],
    ['resolved gold toponyms (error base)', String(result.resolved)],
    ['predicted place mentions', String(result.predicted)],
    ['articles', String(result.articles)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
