import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runMigrations } from '../../src/store/sqlite/run-migrations.js';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../src/store/sqlite/migrations/migrations.js';

async function inTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-migrations-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('opening a SQLite file twice applies each migration once, in WAL mode', () => inTempDir(async (dir) => {
  const path = join(dir, 'sitrep.db');
  await (await openSqliteStore(path)).close();
  const store = await openSqliteStore(path);
  assert.equal(await store.schemaVersion(), LATEST_SCHEMA_VERSION);
  await store.close();
  const db = new Database(path, { readonly: true });
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
  assert.deepEqual(applied, MIGRATIONS.map(({ version, name }) => ({ version, name })));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
}));

test('opening a database written by newer code names both schema versions', () => inTempDir(async (dir) => {
  const path = join(dir, 'newer.db');
  await (await openSqliteStore(path)).close();
  const db = new Database(path);
  db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from-the-future', '2030-01-01')").run();
  db.close();
  await assert.rejects(openSqliteStore(path), (err: Error) => {
    assert.match(err.message, /schema version 99/);
    assert.match(err.message, new RegExp(`up to ${LATEST_SCHEMA_VERSION}\\b`));
    assert.match(err.message, /Upgrade sitrep/);
    assert.ok(err.message.includes(path));
    return true;
  });
}));

test('a file that is not a SQLite database is refused with its path and the fix', () => inTempDir(async (dir) => {
  const path = join(dir, 'notes.txt');
  await writeFile(path, 'These are notes, not a database. '.repeat(200));
  await assert.rejects(openSqliteStore(path), (err: Error) => {
    assert.ok(err.message.includes(path));
    assert.match(err.message, /not a SQLite database/);
    assert.match(err.message, /new file name/);
    return true;
  });
}));

test('a SQLite database of another program is refused, not migrated', () => inTempDir(async (dir) => {
  const path = join(dir, 'other.db');
  const db = new Database(path);
  db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
  db.close();
  await assert.rejects(openSqliteStore(path), /not a sitrep one/);
  const after = new Database(path, { readonly: true });
  assert.deepEqual(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(), ['customers']);
  assert.equal(after.pragma('journal_mode', { simple: true }), 'delete');
  after.close();
}));

test('a path in a missing directory is refused with the path and the fix', async () => {
  const path = join(tmpdir(), 'sitrep-no-such-dir-4d1f', 'sitrep.db');
  await assert.rejects(openSqliteStore(path), (err: Error) => {
    assert.ok(err.message.includes(path));
    assert.match(err.message, /directory exists/);
    return true;
  });
});

test('migrations run in one transaction: a failing migration leaves the database as it was', () => {
  const db = new Database(':memory:');
  const broken = [
    { version: 1, name: 'good', sql: 'CREATE TABLE kept (id INTEGER)' },
    { version: 2, name: 'broken', sql: 'CREATE TABLE oops (' },
  ];
  assert.throws(() => runMigrations(db, ':memory:', broken));
  assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(), []);
  assert.equal(runMigrations(db, ':memory:', broken.slice(0, 1)), 1);
  assert.equal(runMigrations(db, ':memory:', broken.slice(0, 1)), 1);
  assert.equal(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), 1);
  db.close();
});

test('foreign keys are enforced: deleting a document removes its events and their rows', () => inTempDir(async (dir) => {
  const { ALL, aleppo } = await import('./event-fixtures.js');
  const path = join(dir, 'fk.db');
  const store = await openSqliteStore(path);
  await store.putMany(ALL);
  await store.close();
  // A second connection gets the pragma from the same code path that the store uses.
  const { openDatabase } = await import('../../src/store/sqlite/open-database.js');
  const { db } = openDatabase(path);
  db.prepare('DELETE FROM documents WHERE id = ?').run(aleppo.id);
  const left = (table: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE event_id LIKE ?`).pluck().get(`ev_${aleppo.contentHash.slice(0, 16)}%`);
  assert.equal(db.prepare('SELECT count(*) FROM events WHERE document_id = ?').pluck().get(aleppo.id), 0);
  for (const table of ['event_actors', 'event_evidence', 'event_sources', 'event_casualties']) assert.equal(left(table), 0, table);
  assert.equal(db.prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Observatory'").pluck().get(), 0);
  db.close();
}));

test('event_evidence lists every span of every stored event, derived from the stored record rather than written a row at a time', () => inTempDir(async (dir) => {
  const { ALL } = await import('./event-fixtures.js');
  const { eventRows } = await import('../../src/store/sqlite/event-rows.js');
  const path = join(dir, 'evidence.db');
  const store = await openSqliteStore(path);
  await store.putMany(ALL);
  await store.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare("SELECT type FROM sqlite_master WHERE name = 'event_evidence'").pluck().get(), 'view');
  const key = (r: Record<string, unknown>) => `${r.event_id ?? r.eventId}|${r.field}|${r.position}|${r.start}|${r.end}`;
  const stored = (db.prepare('SELECT * FROM event_evidence').all() as Record<string, unknown>[]).map(key).sort();
  const expected = ALL.flatMap((item) => item.events.flatMap((e) => eventRows(e, item.meta).evidence)).map(key).sort();
  assert.ok(expected.length > 20, 'the fixtures carry spans of many fields');
  assert.deepEqual(stored, expected);
  db.close();
}));

test('events stored before migration 7 get their document\'s ingest order: a migrated store pages them as a new one does', () => inTempDir(async (dir) => {
  const { ALL } = await import('./event-fixtures.js');
  const fresh = join(dir, 'fresh.db');
  const store = await openSqliteStore(fresh);
  await store.putMany(ALL);
  const expected = (await store.queryEvents({})).map((e) => e.id);
  await store.close();

  // A version-6 file holding the same rows, copied column by column (it has no document_seq yet).
  const old = join(dir, 'old.db');
  const db = new Database(old);
  runMigrations(db, old, MIGRATIONS.filter((m) => m.version <= 6));
  db.prepare('ATTACH DATABASE ? AS fresh').run(fresh);
  db.pragma('foreign_keys = OFF');
  for (const table of ['documents', 'events', 'event_actors', 'event_places', 'event_sources', 'event_casualties']) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}', 'main')`).pluck().all() as string[]).map((c) => `"${c}"`).join(', ');
    db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM fresh.${table}`);
  }
  db.exec('DETACH DATABASE fresh');
  db.close();

  const migrated = await openSqliteStore(old);
  assert.equal(await migrated.schemaVersion(), LATEST_SCHEMA_VERSION);
  assert.ok(expected.length > 3);
  assert.deepEqual((await migrated.queryEvents({})).map((e) => e.id), expected);
  await migrated.close();
  const after = new Database(old, { readonly: true });
  assert.equal(after.prepare('SELECT count(*) FROM events WHERE document_seq IS NULL').pluck().get(), 0);
  after.close();
}));

test('migration 8 drops the two indexes no query reads (documents by publication date, sources by name): every insert paid for them', () => inTempDir(async (dir) => {
  const path = join(dir, 'indexes.db');
  await (await openSqliteStore(path)).close();
  const db = new Database(path, { readonly: true });
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[];
  assert.ok(!indexes.includes('documents_published'));
  assert.ok(!indexes.includes('event_sources_name'));
  assert.ok(indexes.includes('documents_versions'), 'the reprocess query keeps its index');
  db.close();
}));
