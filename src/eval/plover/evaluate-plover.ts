import { createHash } from 'node:crypto';
import type { Document } from '../../model/document.js';
import type { Participant } from '../../model/event-record.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { mainEvent } from '../case2021/main-event.js';
import { readPloverRecords, type PloverParty } from './read-plover-records.js';

/** One record's outcome. Example: { id: '…AGREE-0001', gold: 'AGREE', predicted: 'AGREE', source: true, target: false, … } */
export interface PloverPrediction {
  id: string;
  gold: string;
  predicted: string;
  source: boolean;
  target: boolean;
  sourceFull: boolean;
  targetFull: boolean;
}

/**
 * What evaluatePlover measures: the share of records whose main event has the gold type, and whose
 * actors (recipients) match the gold sources (targets) on the country-level code (first three letters)
 * and on the full code (country and sector: 'USAGOV').
 */
export interface PloverResult {
  event_accuracy: number;
  source_accuracy: number;
  target_accuracy: number;
  source_accuracy_full: number;
  target_accuracy_full: number;
  n: number;
  confusion: Record<string, Record<string, number>>;
  predictions: PloverPrediction[];
  msPerRecord: number;
}

/** Options: read only the first `limit` records; `onProgress(done, total)` after each one. */
export interface PloverOptions {
  limit?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Parties match when some sitrep code equals some gold code (compared on `length` letters, or whole),
 * or when both sides name none.
 */
export function partiesMatch(ours: readonly Participant[], gold: readonly PloverParty[], full: boolean): boolean {
  const codes = ours.map((p) => p.actor?.code).filter((c): c is string => Boolean(c));
  if (!gold.length) return codes.length === 0;
  const key = (c: string) => (full ? c : c.slice(0, 3));
  const wanted = new Set(gold.map((g) => key(full ? g.full : g.code)));
  return codes.some((c) => wanted.has(key(c)));
}

/** Runs the full pipeline on every PLOVER GSR record and compares its main event with the gold. */
export async function evaluatePlover(file: string, options: PloverOptions = {}): Promise<PloverResult> {
  const records = readPloverRecords(file).slice(0, options.limit ?? Infinity);
  const predictions: PloverPrediction[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  const started = performance.now();
  for (const [i, record] of records.entries()) {
    const contentHash = createHash('sha256').update(record.text).digest('hex');
    const doc: Document = { id: 'doc_' + contentHash.slice(0, 16), contentHash, text: record.text, language: 'en' };
    const main = mainEvent(runPipeline(doc));
    const predicted = main?.type ?? 'NONE';
    predictions.push({
      id: record.id, gold: record.type, predicted,
      source: partiesMatch(main?.actors ?? [], record.sources, false),
      target: partiesMatch(main?.recipients ?? [], record.targets, false),
      sourceFull: partiesMatch(main?.actors ?? [], record.sources, true),
      targetFull: partiesMatch(main?.recipients ?? [], record.targets, true),
    });
    confusion[record.type] ??= {};
    confusion[record.type][predicted] = (confusion[record.type][predicted] ?? 0) + 1;
    options.onProgress?.(i + 1, records.length);
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  const n = predictions.length;
  const share = (f: (p: PloverPrediction) => boolean) => (n ? predictions.filter(f).length / n : 0);
  return {
    event_accuracy: share((p) => p.gold === p.predicted),
    source_accuracy: share((p) => p.source),
    target_accuracy: share((p) => p.target),
    source_accuracy_full: share((p) => p.sourceFull),
    target_accuracy_full: share((p) => p.targetFull),
    n, confusion, predictions,
    msPerRecord: n ? (performance.now() - started) / n : 0,
  };
}
