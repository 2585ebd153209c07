import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { runMigrations } from '../../src/store/sqlite/run-migrations.js';
import { eventsQuerySql, countEventsSql } from '../../src/store/sqlite/event-filter-sql.js';
import type { EventFilter } from '../../src/store/store.js';

// Event rows carry the whole record as JSON (about 1 KB each): a query that reads every row of a
// 100,000-event store takes hundreds of milliseconds, one served by an index a few. These plans
// are what keeps `sitrep events` and the API fast as the store grows.
function plan(sql: { sql: string; params: unknown[] }): string {
  const db = new Database(':memory:');
  runMigrations(db, ':memory:');
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql.sql}`).all(...sql.params) as { detail: string }[];
  db.close();
  return rows.map((r) => r.detail).join('\n');
}

const readsEveryEventRow = (p: string) => /^SCAN e$/m.test(p) || /SCAN e USING INDEX events_document/.test(p);

test('the latest events, newest first, are read from a time index, not by sorting every event', () => {
  const p = plan(eventsQuerySql({ order: 'time-desc', limit: 50 }));
  assert.ok(!readsEveryEventRow(p), p);
  assert.match(p, /USING INDEX events_time/);
});

test('a place-name filter scans the narrow place index, not the event rows', () => {
  const p = plan(eventsQuerySql({ place: 'aleppo', limit: 100 }));
  assert.ok(!readsEveryEventRow(p), p);
  assert.match(p, /COVERING INDEX events_place_key/);
});

test('a count with no text filter never joins the documents', () => {
  const filters: EventFilter[] = [{ type: 'ASSAULT' }, { country: 'SY' }, {}];
  for (const f of filters) assert.doesNotMatch(countEventsSql(f).sql, /documents/, JSON.stringify(f));
  assert.match(countEventsSql({ text: 'ceasefire' }).sql, /documents_fts/);
});

test('a count by type is answered from the type index alone', () => {
  const p = plan(countEventsSql({ type: 'ASSAULT' }));
  assert.match(p, /COVERING INDEX events_type_time/);
});
