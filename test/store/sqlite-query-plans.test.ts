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
// A page in ingest order that sorts every match before it can return the first 100 reads them all.
const sortsEveryMatch = (p: string) => /USE TEMP B-TREE FOR ORDER BY/.test(p);

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

test('a page of one type in one country walks an index already in ingest order and checks the country there, reading no other event row', () => {
  const p = plan(eventsQuerySql({ type: 'ASSAULT', country: 'SY', limit: 100 }));
  assert.match(p, /SEARCH e USING INDEX events_type_order \(type=\?\)/);
  assert.ok(!sortsEveryMatch(p), p);
  assert.doesNotMatch(p, /SEARCH d /, 'the ingest order is on the event row: no document is looked up');
});

test('a page of the events of an actor code walks the events in ingest order and stops after the page, whatever the code', () => {
  const p = plan(eventsQuerySql({ actor: { code: 'SYR', role: 'actor' }, limit: 100 }));
  assert.match(p, /SCAN e USING INDEX events_order/);
  assert.match(p, /SEARCH a USING COVERING INDEX event_actors_code/, 'the actor codes are read once, from their index');
  assert.ok(!sortsEveryMatch(p), p);
});

test('a page of events in ingest order with no filter, or with a full-text filter, needs no sort', () => {
  for (const filter of [{ limit: 100 }, { text: 'ceasefire', limit: 100 }] as EventFilter[]) {
    const p = plan(eventsQuerySql(filter));
    assert.match(p, /USING INDEX events_order/, JSON.stringify(filter));
    assert.ok(!sortsEveryMatch(p), p);
  }
});
