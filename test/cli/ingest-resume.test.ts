import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../src/store/open-store.js';
import { lastJsonLine, MAIN, makeTempDir, root, runSitrep, said, statsOf } from './run-sitrep.js';

const dir = makeTempDir('resume');
let killedDb = '';
const TOWNS = ['Douma', 'Homs', 'Hama', 'Idlib', 'Deraa', 'Raqqa', 'Palmyra', 'Latakia', 'Tartus', 'Manbij', 'Kobani', 'Qamishli', 'Jisr al-Shughur', 'Saraqeb'];

/** `count` distinct small articles, one a file, in a new folder; their paths in the order ingest reads them. */
function writeArticles(folder: string, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const town = TOWNS[n % TOWNS.length];
    const file = join(folder, `article-${String(n).padStart(2, '0')}.txt`);
    writeFileSync(file, [
      `Government aircraft bombed a market in ${town} on Wednesday, killing ${n + 3} civilians, activists said (report ${n}).`,
      `Rebels shelled an army checkpoint near ${town} on Thursday, the Syrian Observatory for Human Rights said.`,
      `Hundreds of residents fled ${town} towards the Turkish border, according to the United Nations. `.repeat(6),
      '',
    ].join('\n\n'));
    return file;
  });
}

async function documentsIn(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

interface IngestJson { inputs: number; stored: number; duplicates: number; rejected: number }

/** After a resume, every article is stored exactly once and every event id once. */
function assertAllStoredOnce(db: string, articles: number): void {
  const stats = statsOf(db);
  assert.equal(stats.documents, articles);
  assert.equal(stats.unfinishedRun, null, 'the resumed run is finished');
  const listed = runSitrep(['events', '--db', db, '--format', 'jsonl', '--limit', '100000']);
  assert.equal(listed.status, 0, said(listed));
  const events = listed.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; documentId: string });
  assert.equal(events.length, stats.events);
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'no event is stored twice');
  assert.equal(new Set(events.map((e) => e.documentId)).size, articles, 'every article gave events');
}

test('ingest --resume after an ingest killed mid-run stores the rest, and nothing twice', async () => {
  const articles = writeArticles(join(dir, 'killed'), 40);
  const db = join(dir, 'killed.db');
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', join(dir, 'killed'), '--db', db, '--published', '2016-07-28', '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  let exited = false;
  child.on('exit', () => { exited = true; });
  try {
    // Kill it once a few articles are stored: well before the end of the folder.
    for (let stored = 0; stored < 3;) {
      if (exited) assert.fail('the ingest finished before it could be interrupted; give it more articles');
      await sleep(50);
      if (existsSync(db)) stored = await documentsIn(db).catch(() => 0);
    }
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((resolve) => (exited ? resolve(undefined) : child.once('exit', resolve)));

  const interrupted = statsOf(db);
  assert.ok(interrupted.documents >= 3 && interrupted.documents < articles.length, `${interrupted.documents} stored before the kill`);
  assert.ok(interrupted.unfinishedRun, 'stats reports the interrupted run');
  assert.equal(interrupted.unfinishedRun.inputs, articles.length);
  assert.ok(interrupted.unfinishedRun.pending > 0 && interrupted.unfinishedRun.pending <= articles.length - interrupted.documents + 1);

  const resumed = runSitrep(['ingest', '--resume', '--db', db, '--json', '--quiet']);
  assert.equal(resumed.status, 0, said(resumed));
  assert.match(resumed.stderr, /resuming ingest run/);
  const summary = lastJsonLine<IngestJson>(resumed.stdout);
  assert.equal(summary.inputs, interrupted.unfinishedRun.pending, 'only the inputs not marked done are read again');
  assert.equal(summary.stored, articles.length - interrupted.documents);
  // The article being stored when the kill came may be stored but not yet marked done: read again, it is a duplicate.
  assert.ok(summary.duplicates <= 1, `${summary.duplicates} duplicates`);
  assertAllStoredOnce(db, articles.length);
  killedDb = db;
});

test('ingest --resume reads the rest with the options of the interrupted run (--published)', async () => {
  assert.ok(killedDb, 'runs after the killed-ingest test');
  const store = await openStore(killedDb);
  try {
    const events = await store.queryEvents({ limit: 100_000 });
    const published = new Map<string, string | undefined>();
    for (const id of new Set(events.map((e) => e.documentId))) published.set(id, (await store.getDocument(id))?.published);
    const without = [...published].filter(([, date]) => date !== '2016-07-28').map(([id]) => id);
    assert.deepEqual(without, [], `${without.length} of ${published.size} documents lost --published 2016-07-28 on resume`);
  } finally {
    await store.close();
  }
});

test('ingest --resume reads only the inputs an unfinished run has not marked done', async () => {
  const articles = writeArticles(join(dir, 'marked'), 6);
  const db = join(dir, 'marked.db');
  const first = runSitrep(['ingest', articles[0], articles[1], '--db', db, '--published', '2016-07-28', '--quiet']);
  assert.equal(first.status, 0, said(first));
  // What an ingest killed after its second input leaves behind: a run of six with two done.
  const store = await openStore(db);
  try {
    const run = await store.beginIngestRun(articles);
    await store.markInputDone(run, articles[0]);
    await store.markInputDone(run, articles[1]);
  } finally {
    await store.close();
  }
  const resumed = runSitrep(['ingest', '--resume', '--db', db, '--published', '2016-07-28', '--json', '--quiet']);
  assert.equal(resumed.status, 0, said(resumed));
  const summary = lastJsonLine<IngestJson>(resumed.stdout);
  assert.deepEqual({ inputs: summary.inputs, stored: summary.stored, duplicates: summary.duplicates }, { inputs: 4, stored: 4, duplicates: 0 });
  assertAllStoredOnce(db, 6);
});
