import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastJsonLine, makeTempDir, runSitrep, said, statsOf } from './run-sitrep.js';

const dir = makeTempDir('several');

test('ingest of good and bad inputs together stores the good ones, names each bad one on stderr and exits 1', () => {
  const db = join(dir, 'sitrep.db');
  const good1 = join(dir, 'good-1.txt');
  const good2 = join(dir, 'good-2.md');
  const empty = join(dir, 'empty.txt');
  const photo = join(dir, 'photo.png');
  const feed = join(dir, 'feed.jsonl');
  const missing = join(dir, 'missing.txt');
  writeFileSync(good1, 'Rebels shelled an army checkpoint near Aleppo on Tuesday, killing three soldiers, a monitoring group said.\n');
  writeFileSync(good2, 'Foreign ministers of Russia and the United States met in Geneva on Friday to discuss a ceasefire in Syria.\n');
  writeFileSync(empty, '   \n');
  writeFileSync(photo, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]));
  writeFileSync(feed, `${JSON.stringify({ text: 'Gunmen kidnapped two aid workers near Mogadishu on Monday, police said.', published: '2016-07-04' })}\n{"text": 17,\n`);

  const run = runSitrep(['ingest', good1, empty, photo, good2, feed, missing, '--db', db, '--published', '2016-07-28', '--json', '--quiet']);
  assert.equal(run.status, 1, said(run));
  const errors = run.stderr.split('\n').filter((line) => /\berror\b/.test(line));
  for (const bad of [empty, photo, `${feed}:2`, missing]) {
    assert.ok(errors.some((line) => line.includes(bad)), `stderr names ${bad}:\n${run.stderr}`);
  }
  for (const good of [good1, good2]) {
    assert.ok(!errors.some((line) => line.includes(good)), `${good} is good, yet stderr says:\n${run.stderr}`);
  }
  const summary = lastJsonLine<{ stored: number; rejected: number }>(run.stdout);
  assert.equal(summary.stored, 3, 'the two good files and the good JSONL line');
  assert.equal(summary.rejected, 4);
  assert.equal(statsOf(db).documents, 3);
});
