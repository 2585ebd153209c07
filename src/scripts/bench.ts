import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { streamPipelineBatch } from '../stages/run-pipeline.js';
import type { Document } from '../model/document.js';
import { corpusBatches, peakRssMb, timePipeline, timeStages } from './bench-pipeline.js';
import { benchStorage } from './bench-storage.js';
import type { QueryLatency } from './bench-queries.js';
import { timeOwnCorpus, type OwnCorpusTiming } from './bench-own-corpus.js';

/**
 * What `npm run bench -- --json` prints as its last stdout line.
 * Example: { articles: 10000, pipeline_articles_per_s: 328, stored_articles_per_s: 264.5, peak_rss_mb: 468.8, query_latency_ms: { p50: 1.2, … },
 *            mean_article_bytes: 2293, per_stage_ms: { segment: 0.52, … }, distinct_texts: 10000, … }
 */
export interface BenchReport {
  articles: number;
  pipeline_articles_per_s: number;
  /** The pipeline plus SQLite writes, as `sitrep ingest` does them. Both per CPU-second of this one-threaded process: per core. */
  stored_articles_per_s: number;
  /** The same per wall-clock second: lower when other work shares the cores (see load_average). */
  pipeline_wall_articles_per_s: number;
  stored_wall_articles_per_s: number;
  load_average: number;
  /**
   * Of the pipeline's CPU, ms per article spent on V8's own threads (TurboFan compiling, and compiling again
   * after a deoptimisation) rather than on the main thread that runs the stages: what per_stage_ms leaves out.
   * Absent where /proc is missing.
   */
  compiler_threads_ms?: number;
  peak_rss_mb: number;
  /** Wall-clock ms of the queries users run most, on the store filled by the storage run (bench-queries.ts). */
  query_latency_ms: QueryLatency;
  mean_article_bytes: number;
  per_stage_ms: Record<string, number>;
  distinct_texts: number;
  /** Distinct lower-cased words of the generated corpus: how varied it is (real news has far more, and fills caches slower). */
  distinct_words: number;
  /** With `--corpus PATH`: the pipeline timed once over the user's own articles, after the generated run. */
  own_corpus?: OwnCorpusTiming;
  events: number;
  pipeline_seconds: number;
  stage_sample: number;
  seed: number;
  node: string;
}

interface BenchOptions {
  articles: number;
  seed: number;
  warmup: number;
  stageSample: number;
  json: boolean;
  corpus?: string;
}

function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { articles: 10_000, seed: 1, warmup: 200, stageSample: 2_000, json: false };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, e.g. ${flag} 500.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') options.json = true;
    else if (flag === '--articles') options.articles = number(flag, argv[++i]);
    else if (flag === '--seed') options.seed = number(flag, argv[++i]);
    else if (flag === '--warmup') options.warmup = number(flag, argv[++i]);
    else if (flag === '--stage-sample') options.stageSample = number(flag, argv[++i]);
    else if (flag === '--corpus' && argv[i + 1]) options.corpus = argv[++i];
    else throw new Error(`Unknown option "${flag}": use bench [--articles N] [--seed N] [--warmup N] [--stage-sample N] [--corpus PATH] [--json].`);
  }
  return options;
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));
const WORD = /\p{L}+/gu;
const progress = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

/**
 * Warms up, times the pipeline and each stage, then storage; returns the figures. Each pass makes
 * the corpus anew, a batch at a time, so no pass holds more than one batch of it.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const corpus = (count: number, size?: number) => corpusBatches(count, options.seed, size);
  progress(`${options.articles} articles generated as they are used (seed ${options.seed})`);

  // Lexicons, gazetteers and models load lazily on first use: keep that out of the timed run.
  const warmup = Math.min(options.warmup, options.articles);
  progress(`warming up on ${warmup} articles`);
  for (const docs of corpus(warmup)) for (const _ of streamPipelineBatch(docs));

  progress('timing the pipeline');
  let bytes = 0;
  // Distinct texts by their content hash: the count holds the hashes (80 bytes an article), not the texts.
  const hashes = new Set<string>();
  const words = new Set<string>();
  function* counted(batches: Iterable<Document[]>): Generator<Document[]> {
    for (const docs of batches) {
      for (const d of docs) {
        bytes += Buffer.byteLength(d.text, 'utf8');
        hashes.add(d.contentHash);
        for (const w of d.text.toLowerCase().match(WORD) ?? []) words.add(w);
      }
      yield docs;
    }
  }
  const pipeline = timePipeline(counted(corpus(options.articles)), (done) => progress(`${done} / ${options.articles}`));
  const sampleSize = Math.min(options.stageSample, options.articles);
  progress(`timing each stage on ${sampleSize} articles`);
  const perStage = timeStages(corpus(sampleSize));

  progress('timing the pipeline with SQLite storage, then queries on that store');
  const stored = await benchStorage(corpus(options.articles, 100), (done) => progress(`stored ${done} / ${options.articles}`));

  let ownCorpus: OwnCorpusTiming | undefined;
  if (options.corpus) {
    progress(`timing the pipeline once over ${options.corpus}`);
    ownCorpus = await timeOwnCorpus(options.corpus);
  }

  return {
    articles: pipeline.articles,
    pipeline_articles_per_s: round(pipeline.articlesPerSecond, 1),
    stored_articles_per_s: round(stored.articlesPerSecond, 1),
    pipeline_wall_articles_per_s: round(pipeline.wallArticlesPerSecond, 1),
    stored_wall_articles_per_s: round(stored.wallArticlesPerSecond, 1),
    load_average: round(loadavg()[0], 2),
    ...(pipeline.compilerThreadSeconds === undefined || pipeline.articles === 0 ? {} : { compiler_threads_ms: round((pipeline.compilerThreadSeconds * 1000) / pipeline.articles, 3) }),
    events: pipeline.events,
    peak_rss_mb: round(peakRssMb(), 1),
    query_latency_ms: stored.queries,
    mean_article_bytes: pipeline.articles ? Math.round(bytes / pipeline.articles) : 0,
    per_stage_ms: Object.fromEntries(Object.entries(perStage).map(([k, v]) => [k, round(v, 4)])),
    distinct_texts: hashes.size,
    distinct_words: words.size,
    ...(ownCorpus ? { own_corpus: ownCorpus } : {}),
    pipeline_seconds: round(pipeline.seconds, 3),
    stage_sample: sampleSize,
    seed: options.seed,
    node: process.version,
  };
}

/** The human-readable summary printed before the JSON line. */
export function formatBench(report: BenchReport): string {
  const stageWidth = Math.max(...Object.keys(report.per_stage_ms).map((k) => k.length), 5);
  const lines = [
    `articles            ${report.articles} (${report.distinct_texts} distinct texts, ${report.distinct_words} distinct words, mean ${report.mean_article_bytes} bytes)`,
    `pipeline            ${report.pipeline_articles_per_s} articles per CPU-second on one core (${report.pipeline_wall_articles_per_s}/s wall, ${report.pipeline_seconds} s)`,
    `with SQLite storage ${report.stored_articles_per_s} articles per CPU-second on one core (${report.stored_wall_articles_per_s}/s wall; ${report.events} events)`,
    `load average        ${report.load_average} when it ended (wall figures fall when other work shares the cores)`,
    ...(report.compiler_threads_ms === undefined
      ? []
      : [`compiler threads    ${report.compiler_threads_ms} ms per article of the pipeline's CPU went to V8 compiling on its own threads (not in the per-stage figures)`]),
    `query latency       p50 ${report.query_latency_ms.p50} ms, p95 ${report.query_latency_ms.p95} ms, max ${report.query_latency_ms.max} ms (${Object.keys(report.query_latency_ms.queries).length} queries x ${report.query_latency_ms.runs} runs, ${report.articles} articles stored)`,
    ...Object.entries(report.query_latency_ms.queries).map(([name, ms]) => `  ${name.padEnd(stageWidth)}  ${ms} ms`),
    ...(report.own_corpus
      ? [`own corpus          ${report.own_corpus.articles_per_s} articles per CPU-second, one pass over ${report.own_corpus.articles} articles of ${report.own_corpus.path} (${report.own_corpus.distinct_words} distinct words, mean ${report.own_corpus.mean_article_bytes} bytes)`]
      : []),
    `peak RSS            ${report.peak_rss_mb} MB`,
    `per stage (mean CPU ms per article, over ${report.stage_sample} articles):`,
    ...Object.entries(report.per_stage_ms).map(([name, ms]) => `  ${name.padEnd(stageWidth)}  ${ms.toFixed(4)}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const report = await runBench(options);
  process.stdout.write(formatBench(report) + '\n');
  if (options.json) process.stdout.write(JSON.stringify(report) + '\n');
}

// Only a CLI when run as the entry module, so a test can import runBench.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
