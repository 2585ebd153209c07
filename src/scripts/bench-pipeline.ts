import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Document } from '../model/document.js';
import type { AnyStage } from '../stages/stage.js';
import { streamPipelineBatch } from '../stages/run-pipeline.js';
import { STAGES } from '../stages/registry.js';
import { generateCorpus } from './generate-corpus.js';
import { mainThreadCpuSeconds } from './thread-cpu.js';

/**
 * The generated corpus as Documents, the way a reader would make them (sha256 content hash, stable
 * id), `size` at a time: a batch is dropped once used, so a run of any length holds one batch, as
 * `sitrep ingest` of a large folder does. The same count and seed give the same documents.
 */
export function* corpusBatches(count: number, seed: number, size = 500): Generator<Document[]> {
  let batch: Document[] = [];
  let index = 0;
  for (const article of generateCorpus({ count, seed })) {
    const contentHash = createHash('sha256').update(article.text).digest('hex');
    batch.push({
      id: 'doc_' + contentHash.slice(0, 16),
      contentHash,
      text: article.text,
      title: article.title,
      published: article.published,
      outlet: article.outlet,
      url: article.url,
      language: 'en',
      origin: `corpus:${index++}`,
    });
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** CPU seconds this process has used (user + system, all its threads): what "per core" means when other work shares the machine. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Throughput of the whole pipeline over the batches, on the one thread Node gives it: articles
 * per CPU-second (per core), and per wall-clock second beside it. Only the pipeline is timed, not
 * the making of the next batch. The analyses are dropped as soon as they are made, so memory stays
 * what one article needs. Of the CPU, the share of V8's own threads (TurboFan compiling hot code) where
 * /proc tells the main thread's apart: the per-stage figures, timed on the main thread, leave it out.
 * Example: { seconds: 6.4, cpuSeconds: 6.1, compilerThreadSeconds: 0.9, articles: 10000, articlesPerSecond: 1639, wallArticlesPerSecond: 1562, events: 81234 }
 */
export function timePipeline(batches: Iterable<readonly Document[]>, onProgress?: (done: number) => void): { seconds: number; cpuSeconds: number; compilerThreadSeconds?: number; articles: number; articlesPerSecond: number; wallArticlesPerSecond: number; events: number } {
  let events = 0;
  let articles = 0;
  let seconds = 0;
  let cpu = 0;
  let main: number | undefined = 0;
  for (const docs of batches) {
    const start = performance.now();
    const mainStart = mainThreadCpuSeconds();
    const cpuStart = cpuSeconds();
    // As ingest runs it: the batch through the pipeline stage by stage a chunk at a time, each analysis dropped once counted.
    for (const analysed of streamPipelineBatch(docs)) events += analysed.layers.events.length;
    if (onProgress && Math.floor((articles + docs.length) / 1000) > Math.floor(articles / 1000)) onProgress(articles + docs.length);
    cpu += cpuSeconds() - cpuStart;
    const mainEnd = mainThreadCpuSeconds();
    main = main === undefined || mainStart === undefined || mainEnd === undefined ? undefined : main + mainEnd - mainStart;
    seconds += (performance.now() - start) / 1000;
    articles += docs.length;
  }
  const compilerThreadSeconds = main === undefined ? undefined : Math.max(0, cpu - main);
  return { seconds, cpuSeconds: cpu, ...(compilerThreadSeconds === undefined ? {} : { compilerThreadSeconds }), articles, articlesPerSecond: cpu > 0 ? articles / cpu : 0, wallArticlesPerSecond: seconds > 0 ? articles / seconds : 0, events };
}

/**
 * Mean CPU milliseconds per article of each stage in STAGES, measured by running the pipeline with
 * every stage wrapped in a timer (so the runner's merging and checks stay those of streamPipelineBatch, as
 * timePipeline and ingest run it).
 * Example: { segment: 0.41, annotateDates: 0.22, … }
 */
export function timeStages(batches: Iterable<readonly Document[]>, stages: readonly AnyStage[] = STAGES): Record<string, number> {
  const totals = new Map<string, number>(stages.map((s) => [s.name, 0]));
  const timed: AnyStage[] = stages.map((stage) => ({
    ...stage,
    run: (doc, layers) => {
      const t0 = process.cpuUsage();
      const out = stage.run(doc, layers);
      const used = process.cpuUsage(t0);
      totals.set(stage.name, totals.get(stage.name)! + (used.user + used.system) / 1000);
      return out;
    },
  }));
  let articles = 0;
  for (const docs of batches) {
    for (const _ of streamPipelineBatch(docs, timed));
    articles += docs.length;
  }
  const perStage: Record<string, number> = {};
  for (const [name, ms] of totals) perStage[name] = articles > 0 ? ms / articles : 0;
  return perStage;
}

/** Peak resident set size of this process so far, in MB (resourceUsage gives KiB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
