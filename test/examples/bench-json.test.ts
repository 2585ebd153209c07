import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('bench --json prints the summary, then one JSON object with the agreed keys on the last stdout line', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/bench.ts', '--articles', '12', '--warmup', '2', '--stage-sample', '4', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  const report = JSON.parse(lines[lines.length - 1]);
  assert.equal(report.articles, 12);
  assert.ok(report.pipeline_articles_per_s > 0);
  assert.ok(report.stored_articles_per_s > 0, 'the pipeline with SQLite storage is timed too');
  assert.ok(report.peak_rss_mb > 10 && report.peak_rss_mb < 100_000);
  assert.ok(report.mean_article_bytes >= 300 && report.mean_article_bytes <= 8192);
  assert.equal(report.distinct_texts, 12);
  assert.ok(Object.keys(report.per_stage_ms).includes('segment'));
  assert.match(run.stdout, /with SQLite storage\s+[\d.]+ articles per CPU-second/);
  assert.match(run.stderr, /bench: timing the pipeline/, 'progress goes to stderr');
  assert.ok(!run.stdout.includes('bench: '), 'no progress on stdout');
});
