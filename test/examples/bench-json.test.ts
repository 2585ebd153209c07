import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusBatches } from '../../src/scripts/bench-pipeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the bench script as `npm run bench --` would, with ARGS; stdout and stderr as text. */
const bench = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/bench.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
const lastJson = (stdout: string) => JSON.parse(stdout.trimEnd().split('\n').at(-1)!);

test('bench --json prints the summary, then one JSON object with the agreed keys on the last stdout line', () => {
  const run = bench('--articles', '12', '--warmup', '2', '--stage-sample', '4', '--json');
  assert.equal(run.status, 0, run.stderr);
  const report = lastJson(run.stdout);
  assert.equal(report.articles, 12);
  assert.ok(report.pipeline_articles_per_s > 0);
  assert.ok(report.stored_articles_per_s > 0, 'the pipeline with SQLite storage is timed too');
  assert.ok(report.peak_rss_mb > 10 && report.peak_rss_mb < 100_000);
  assert.ok(report.mean_article_bytes >= 300 && report.mean_article_bytes <= 8192);
  assert.equal(report.distinct_texts, 12);
  assert.ok(Object.keys(report.per_stage_ms).includes('segment'));
  assert.match(run.stdout, /with SQLite storage\s+[\d.]+ articles per CPU-second/);
  // Query latency, measured on the store the storage run filled: every query of the set, timed.
  const latency = report.query_latency_ms;
  assert.ok(latency && latency.p50 > 0 && latency.p95 >= latency.p50 && latency.max >= latency.p95, JSON.stringify(latency));
  for (const name of ['latest events', 'type and country', 'actor code', 'month', 'place name', 'full text', 'count by type', 'one event']) {
    assert.ok(latency.queries[name] > 0, `query "${name}" timed`);
  }
  assert.match(run.stdout, /query latency\s+p50 [\d.]+ ms, p95 [\d.]+ ms/);
  assert.match(run.stderr, /bench: timing the pipeline/, 'progress goes to stderr');
  assert.ok(!run.stdout.includes('bench: '), 'no progress on stdout');
});

test('the bench makes its corpus a batch at a time, and the batches together are the same documents as one batch', () => {
  const batches = [...corpusBatches(5, 3, 2)];
  assert.deepEqual(batches.map((b) => b.length), [2, 2, 1]);
  const whole = [...corpusBatches(5, 3, 5)];
  assert.equal(whole.length, 1);
  assert.deepEqual(batches.flat(), whole[0]);
  assert.deepEqual(batches.flat().map((d) => d.origin), ['corpus:0', 'corpus:1', 'corpus:2', 'corpus:3', 'corpus:4']);
});

test('bench --corpus times one pass over the user\'s own articles and says how varied both corpora are', () => {
  const run = bench('--articles', '6', '--warmup', '1', '--stage-sample', '2', '--corpus', 'examples/articles/02-airstrike-conflicting-tolls.txt', '--json');
  assert.equal(run.status, 0, run.stderr);
  const report = lastJson(run.stdout);
  assert.ok(report.distinct_words > 100, 'the generated corpus counts its distinct words');
  assert.equal(report.own_corpus.articles, 1);
  assert.equal(report.own_corpus.rejected, 0);
  assert.ok(report.own_corpus.articles_per_s > 0 && report.own_corpus.distinct_words > 50, JSON.stringify(report.own_corpus));
  assert.match(run.stdout, /own corpus\s+[\d.]+ articles per CPU-second, one pass over 1 articles/);
});

test('bench --corpus on a path with no article fails with a message naming it', () => {
  const run = bench('--articles', '2', '--warmup', '1', '--stage-sample', '1', '--corpus', 'no/such/folder');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /--corpus no\/such\/folder: no article could be read/);
});
