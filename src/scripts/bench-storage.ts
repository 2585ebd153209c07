import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../model/document.js';
import type { AnalysisItem } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { streamPipelineBatch } from '../stages/run-pipeline.js';
import { PIPELINE_VERSION } from '../model/version.js';
import { lexiconVersion } from '../lexicons/lexicon-version.js';
import { cpuSeconds } from './bench-pipeline.js';
import { timeQueries, type QueryLatency } from './bench-queries.js';

/**
 * What the storage part of the benchmark measured: the pipeline AND the SQLite writes, as
 * `sitrep ingest` does them (batches of 100 documents a transaction, into a new file).
 * Example: { articlesPerSecond: 512.3, seconds: 19.5, backend: 'sqlite', events: 81234, dbBytes: 2.9e8 }
 */
export interface StorageBenchResult {
  /** Per CPU-second of this process (per core). */
  articlesPerSecond: number;
  wallArticlesPerSecond: number;
  seconds: number;
  cpuSeconds: number;
  backend: string;
  events: number;
  /** The query set of bench-queries.ts, timed on the store this run filled. */
  queries: QueryLatency;
}

/**
 * Analyses and stores every document in a fresh SQLite file in a temporary folder, one transaction
 * a batch (ingest's are of 100 documents), times the queries on it, then deletes it. Only the
 * analysis and the writes are timed, not the making of the next batch.
 */
export async function benchStorage(batches: Iterable<readonly Document[]>, onProgress?: (done: number) => void): Promise<StorageBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  const meta = { pipelineVersion: PIPELINE_VERSION, lexiconVersion: lexiconVersion() };
  let events = 0;
  let articles = 0;
  let seconds = 0;
  let cpu = 0;
  try {
    for (const docs of batches) {
      if (onProgress && articles % 2000 === 0) onProgress(articles);
      const started = process.hrtime.bigint();
      const cpuStart = cpuSeconds();
      // Only the events are kept for the store: the other layers of each chunk are dropped as ingest drops them.
      const items: AnalysisItem[] = [];
      for (const { doc, layers } of streamPipelineBatch(docs)) items.push({ doc, events: layers.events, meta });
      for (const item of items) events += item.events.length;
      await store.putMany(items);
      cpu += cpuSeconds() - cpuStart;
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
      articles += docs.length;
    }
    const queries = await timeQueries(store);
    return { articlesPerSecond: articles / cpu, wallArticlesPerSecond: articles / seconds, seconds, cpuSeconds: cpu, backend: 'sqlite', events, queries };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
