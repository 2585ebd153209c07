import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastJsonLine, makeTempDir, runSitrep, said, statsOf } from './run-sitrep.js';

const dir = makeTempDir('same-text');
const TEXT = 'Government aircraft bombed a market in the town of Maarat al-Numan in Idlib province on Wednesday, killing 12 civilians, activists said.\n';

interface IngestJson { inputs: number; documents: number; stored: number; duplicates: number; events: number; rejected: number }

function ingest(db: string, ...inputs: string[]) {
  const run = runSitrep(['ingest', ...inputs, '--db', db, '--published', '2016-07-28', '--json', '--quiet']);
  assert.equal(run.status, 0, said(run));
  return { run, summary: lastJsonLine<IngestJson>(run.stdout) };
}

test('ingest of the same file twice stores it once and says so the second time', () => {
  const db = join(dir, 'twice.db');
  const file = join(dir, 'story.txt');
  writeFileSync(file, TEXT);
  const first = ingest(db, file);
  assert.equal(first.summary.stored, 1);
  const second = ingest(db, file);
  assert.equal(second.summary.stored, 0);
  assert.equal(second.summary.duplicates, 1);
  assert.match(second.run.stdout, /1 already stored/);
  const stats = statsOf(db);
  assert.equal(stats.documents, 1);
  assert.equal(stats.events, first.summary.events, 'no event is added twice');
});

test('ingest of the same text under another file name, in a later run or the same one, stores it once', () => {
  const db = join(dir, 'renamed.db');
  const file = join(dir, 'original.txt');
  const copy = join(dir, 'copy-with-another-name.txt');
  const copy2 = join(dir, 'a-third-name.txt');
  writeFileSync(file, TEXT);
  copyFileSync(file, copy);
  copyFileSync(file, copy2);
  const first = ingest(db, file);
  const later = ingest(db, copy);
  assert.equal(later.summary.stored, 0);
  assert.equal(later.summary.duplicates, 1);
  const sameRun = ingest(join(dir, 'same-run.db'), copy, copy2);
  assert.deepEqual([sameRun.summary.stored, sameRun.summary.duplicates], [1, 1]);
  const stats = statsOf(db);
  assert.deepEqual([stats.documents, stats.events], [1, first.summary.events]);
  assert.equal(statsOf(join(dir, 'same-run.db')).documents, 1);
});
