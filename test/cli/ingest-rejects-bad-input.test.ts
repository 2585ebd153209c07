import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { lastJsonLine, makeTempDir, runSitrep, said, statsOf } from './run-sitrep.js';

// One database for the whole file: a good article goes in first, then each bad input in turn.
// Every bad input must exit 1, name itself and its reason on stderr, and leave the good article alone.

const GOOD = 'Rebels shelled an army checkpoint near Aleppo on Tuesday, killing three soldiers, the Syrian Observatory for Human Rights said.\n';

const dir = makeTempDir('bad-input');
const db = join(dir, 'sitrep.db');
let documents = 0;
let eventsBefore: string[] = [];
let documentId = '';
let rejected = 0;

before(() => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, GOOD);
  const run = runSitrep(['ingest', good, '--db', db, '--published', '2016-07-28', '--quiet']);
  assert.equal(run.status, 0, said(run));
  documents = 1;
  const listed = lastJsonLine<{ events: { id: string; documentId: string }[] }>(runSitrep(['events', '--db', db, '--json', '--format', 'jsonl']).stdout);
  assert.ok(listed.events.length > 0, 'the good article gives at least one event to watch');
  eventsBefore = listed.events.map((e) => e.id).sort();
  documentId = listed.events[0].documentId;
});

/** Ingests one bad input and checks the exit code, the message and that nothing stored before is lost. */
function expectRejected(input: string, named: string, reason: RegExp, storedFromIt = 0): void {
  const run = runSitrep(['ingest', input, '--db', db, '--quiet']);
  assert.equal(run.status, 1, said(run));
  const errors = run.stderr.split('\n').filter((line) => line.includes('error'));
  const line = errors.find((l) => l.includes(named));
  assert.ok(line, `stderr names ${named}:\n${run.stderr}`);
  assert.match(line, reason);
  assert.ok(!run.stderr.includes('internal error'), run.stderr);
  documents += storedFromIt;
  rejected++;
  const stats = statsOf(db);
  assert.equal(stats.documents, documents, 'the article stored before is still there, and nothing else was stored');
  assert.ok(stats.events >= eventsBefore.length, `events went from ${eventsBefore.length} to ${stats.events}`);
  assert.equal(stats.rejectedInputs, rejected, 'the rejection is recorded in the database');
}

test('ingest rejects an empty file with exit 1, saying it is empty', () => {
  const file = join(dir, 'empty.txt');
  writeFileSync(file, '');
  expectRejected(file, file, /empty/i);
});

test('ingest rejects a binary file (PNG magic and NUL bytes) with exit 1, saying it is not text', () => {
  const file = join(dir, 'photo.png');
  writeFileSync(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64), Buffer.from('IHDR')]));
  expectRejected(file, file, /PNG|binary/i);
});

test('ingest rejects invalid UTF-8 with exit 1, giving the byte and how to re-encode', () => {
  const file = join(dir, 'latin1.txt');
  writeFileSync(file, Buffer.concat([Buffer.from('Protesters gathered outside the caf'), Buffer.from([0xe9]), Buffer.from(' in Homs on Friday, witnesses said.\n')]));
  expectRejected(file, file, /invalid UTF-8 at byte \d+.*UTF-8/i);
});

test('ingest rejects a 50 MB text file quickly, with exit 1, naming the size limit and --max-bytes', () => {
  const file = join(dir, 'dump.txt');
  const line = Buffer.from(`${'Shelling hit the town of Douma on Tuesday, residents said. '.repeat(200)}\n`);
  const fd = openSync(file, 'w');
  for (let written = 0; written < 50 * 1024 * 1024; written += line.length) writeSync(fd, line);
  closeSync(fd);
  const started = Date.now();
  expectRejected(file, file, /over the .*limit.*--max-bytes/i);
  // Reading 50 MB through the pipeline takes minutes; a size check from the file's length takes one start-up.
  assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
});

test('ingest stores the good lines of a JSONL file and rejects the malformed one as FILE:LINE, with exit 1', () => {
  const file = join(dir, 'feed.jsonl');
  writeFileSync(file, [
    JSON.stringify({ text: 'Government forces shelled the town of Douma near Damascus on Tuesday, killing five civilians, residents said.', published: '2016-07-05' }),
    '{"text": "a line cut short',
    JSON.stringify({ text: 'Thousands of protesters marched in Cairo on Friday to demand the release of detained journalists, witnesses said.', published: '2016-07-08' }),
    '',
  ].join('\n'));
  expectRejected(file, `${file}:2`, /not valid JSON/i, 2);
});

test('ingest rejects an HTML page with no article (a navigation page) with exit 1, saying no article was found', () => {
  const file = join(dir, 'index.html');
  writeFileSync(file, '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav></body></html>');
  expectRejected(file, file, /no article/i);
});

test('after every rejected input, events --json still lists each event of the article stored first', () => {
  const run = runSitrep(['events', '--db', db, '--document', documentId, '--json', '--format', 'jsonl']);
  assert.equal(run.status, 0, said(run));
  const listed = lastJsonLine<{ total: number; events: { id: string }[] }>(run.stdout);
  assert.deepEqual(listed.events.map((e) => e.id).sort(), eventsBefore);
  assert.equal(listed.total, eventsBefore.length);
});
