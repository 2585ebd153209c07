import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Document } from '../model/document.js';
import type { AnyStage } from '../stages/stage.js';
import { runPipeline } from '../stages/run-pipeline.js';
import { STAGES } from '../stages/registry.js';
import { generateCorpus } from './generate-corpus.js';

/** Builds Documents from the generated corpus, in memory, the way a reader would (sha256 content hash, stable id). */
export function corpusDocuments(count: number, seed: number): Document[] {
  const docs: Document[] = [];
  let index = 0;
  for (const article of generateCorpus({ count, seed })) {
    const contentHash = createHash('sha256').update(article.text).digest('hex');
    docs.push({
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
  }
  return docs;
}


/** CPU seconds this process has used (user + system, all its threads): what "per core" means when other work shares the machine. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Throughput of the whole pipeline over the documents, on the one thread Node gives it: articles
 * per CPU-second (per core), and per wall-clock second beside it. The analyses are dropped as
 * soon as they are made, so memory stays what one article needs.
 * Example: { seconds: 6.4, cpuSeconds: 6.1, articlesPerSecond: 1639, wallArticlesPerSecond: 1562, events: 81234 }
 */
export function timePipeline(docs: readonly Document[], onProgress?: (done: number) => void): { seconds: number; cpuSeconds: number; articlesPerSecond: number; wallArticlesPerSecond: number; events: number } {
  let events = 0;
  const start = performance.now();
  const cpuStart = cpuSeconds();
  for (let i = 0; i < docs.length; i++) {
    events += runPipeline(docs[i]).layers.events.length;
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds() - cpuStart;
  return { seconds, cpuSeconds: cpu, articlesPerSecond: cpu > 0 ? docs.length / cpu : 0, wallArticlesPerSecond: seconds > 0 ? docs.length / seconds : 0, events };
}

/**
 * Mean CPU milliseconds per article of each stage in STAGES, measured by running the pipeline with
 * every stage wrapped in a timer (so the runner's merging and checks stay those of runPipeline).
 * Example: { segment: 0.41, annotateDates: 0.22, … }
 */
export function timeStages(docs: readonly Document[], stages: readonly AnyStage[] = STAGES): Record<string, number> {
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
  for (const doc of docs) runPipeline(doc, timed);
  const perStage: Record<string, number> = {};
  for (const [name, ms] of totals) perStage[name] = docs.length > 0 ? ms / docs.length : 0;
  return perStage;
}

/** Peak resident set size of this process so far, in MB (resourceUsage gives KiB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
