import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, runSitrep, said } from './run-sitrep.js';

const dir = makeTempDir('usage');
const COMMANDS = ['ingest', 'events', 'show', 'stats', 'eval'];

/** Runs a command line that is wrong: exit 2, the reason on stderr, nothing on stdout, no database made. */
function expectUsageError(args: string[], reason: RegExp): string {
  const db = join(dir, `never-${Math.random().toString(36).slice(2)}.db`);
  const run = runSitrep([...args, '--db', db]);
  assert.equal(run.status, 2, said(run));
  assert.match(run.stderr, reason);
  assert.match(run.stderr, /sitrep --help/, 'says where the usage is');
  assert.equal(run.stdout, '');
  assert.ok(!existsSync(db), 'a usage error opens no database');
  return run.stderr;
}

test('an unknown command exits 2 and names it and the commands there are', () => {
  const stderr = expectUsageError(['frobnicate'], /unknown command "frobnicate"/);
  for (const command of COMMANDS) assert.ok(stderr.includes(command));
});

test('an unknown option exits 2 and names it', () => {
  expectUsageError(['events', '--tpye', 'ASSAULT'], /--tpye/);
});

test('ingest with no input exits 2 and says what to give', () => {
  expectUsageError(['ingest'], /give at least one input/);
});

test('events --type NOPE exits 2 and lists the allowed PLOVER types', () => {
  expectUsageError(['events', '--type', 'NOPE'], /NOPE.*AGREE.*ASSAULT/);
});

test('ingest --published 2016-13-45 exits 2 and names the option and the format', () => {
  const file = join(dir, 'story.txt');
  writeFileSync(file, 'Rebels shelled an army checkpoint near Aleppo on Tuesday.\n');
  expectUsageError(['ingest', '--published', '2016-13-45', file], /--published.*YYYY-MM-DD.*2016-13-45/);
});

test('ingest --published 2016-02-30 (a day February lacks) exits 2 like any impossible date', () => {
  const file = join(dir, 'story-february.txt');
  writeFileSync(file, 'Rebels shelled an army checkpoint near Aleppo on Tuesday.\n');
  expectUsageError(['ingest', '--published', '2016-02-30', file], /--published.*2016-02-30/);
});

test('stats with an argument exits 2 instead of ignoring it', () => {
  expectUsageError(['stats', 'extra.db'], /extra\.db/);
});
