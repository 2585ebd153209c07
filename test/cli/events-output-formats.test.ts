import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PLOVER_TYPES } from '../../src/model/event-types.js';
import { lastJsonLine, MAIN, makeTempDir, root, runSitrep, said, statsOf } from './run-sitrep.js';

// The bundled examples (YAML front matter, one HTML page) give over a hundred events of many types.
const dir = makeTempDir('formats');
const db = join(dir, 'sitrep.db');
const ALL = ['--limit', '100000'];

interface Listed {
  id: string;
  documentId: string;
  type: string;
  evidence: { start: number; end: number }[];
  place?: { place: { name: string; lat?: number; lon?: number; country?: string } };
  otherPlaces?: unknown[];
}

let all: Listed[] = [];

function events(...args: string[]) {
  const run = runSitrep(['events', '--db', db, ...args]);
  assert.equal(run.status, 0, said(run));
  return run;
}

before(() => {
  const run = runSitrep(['ingest', 'examples/articles', '--db', db, '--quiet']);
  assert.equal(run.status, 0, said(run));
  all = JSON.parse(events('--format', 'json', ...ALL).stdout) as Listed[];
});

test('events --format json prints an array of every event, each with an id, a PLOVER type and evidence spans', () => {
  assert.equal(all.length, statsOf(db).events);
  assert.ok(all.length > 20, `only ${all.length} events from the examples`);
  assert.equal(new Set(all.map((e) => e.id)).size, all.length);
  for (const e of all) {
    assert.match(e.id, /^ev_/);
    assert.ok((PLOVER_TYPES as readonly string[]).includes(e.type), `${e.id}: type ${e.type}`);
    assert.ok(e.evidence.length > 0 && e.evidence.every((s) => s.start < s.end), `${e.id}: evidence ${JSON.stringify(e.evidence)}`);
  }
});

test('events --format jsonl prints one event object a line, the same events as --format json', () => {
  const lines = events('--format', 'jsonl', ...ALL).stdout.trimEnd().split('\n');
  const parsed = lines.map((line) => JSON.parse(line) as Listed);
  assert.deepEqual(parsed, all);
});

test('events --format csv has the header row and one row per event, parseable as RFC 4180', () => {
  const rows = parse(events('--format', 'csv', ...ALL).stdout, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  assert.equal(rows.length, all.length);
  assert.deepEqual(rows.map((r) => r.id), all.map((e) => e.id));
  assert.deepEqual(rows.map((r) => r.type), all.map((e) => e.type));
  for (const column of ['id', 'document_id', 'type', 'trigger', 'time_start', 'actor_codes', 'place', 'lat', 'lon', 'factuality', 'evidence_start']) {
    assert.ok(column in rows[0], `no ${column} column`);
  }
});

test('events --format geojson is a FeatureCollection of the events with a place, at [lon, lat] within range', () => {
  const collection = JSON.parse(events('--format', 'geojson', ...ALL).stdout) as {
    type: string;
    features: { type: string; id: string; geometry: { type: string; coordinates: [number, number] | [number, number][] }; properties: { type: string } }[];
  };
  assert.equal(collection.type, 'FeatureCollection');
  // Only places with coordinates count: an event whose places the gazetteer lacks has none to map.
  // An event whose main place the gazetteer lacks is mapped at the further places it does know ('the villages of A, B and C').
  const locatedOf = (e: (typeof all)[number]) => [...(e.place ? [e.place] : []), ...(e.otherPlaces ?? [])].filter((p) => p.place.lat !== undefined && p.place.lon !== undefined);
  const placed = all.filter((e) => e.place && locatedOf(e).length);
  assert.ok(placed.length > 10);
  assert.deepEqual(collection.features.map((f) => f.id), placed.map((e) => e.id));
  for (const [i, f] of collection.features.entries()) {
    // An event with further places is a MultiPoint, its main place first.
    const multi = f.geometry.type === 'MultiPoint';
    const [lon, lat] = (multi ? f.geometry.coordinates[0] : f.geometry.coordinates) as [number, number];
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, locatedOf(placed[i]).length > 1 ? 'MultiPoint' : 'Point');
    assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, `${f.id}: [${lon}, ${lat}]`);
    // The order is the one RFC 7946 asks for: longitude first.
    const first = locatedOf(placed[i])[0].place;
    assert.deepEqual([lon, lat], [first.lon, first.lat], `${f.id} at ${first.name}`);
    assert.equal(f.properties.type, placed[i].type);
  }
});

test('events, stats and ingest --json put one JSON object alone on the last line of stdout', () => {
  const listed = lastJsonLine<{ count: number; total: number; events: Listed[] }>(events('--json', '--limit', '5').stdout);
  assert.equal(listed.count, 5);
  assert.equal(listed.total, all.length);
  assert.deepEqual(listed.events.map((e) => e.id), all.slice(0, 5).map((e) => e.id));
  // one document per bundled article: the count follows examples/articles as articles are added
  assert.equal(statsOf(db).documents, readdirSync(join(root, 'examples', 'articles')).filter((f) => /\.(txt|html)$/.test(f)).length);
  const again = runSitrep(['ingest', 'examples/articles/05-foreign-ministers-talks.txt', '--db', db, '--json']);
  assert.equal(again.status, 0, said(again));
  assert.deepEqual(lastJsonLine<{ duplicates: number }>(again.stdout).duplicates, 1);
  assert.doesNotMatch(again.stdout, /ingest \[|sitrep: /, 'progress and messages stay on stderr');
});

test('events --format csv without --limit lists every event, or says on stderr that it stopped at the default 100', () => {
  // 80 short reports of two attacks each: well over the default limit, whatever the examples give.
  const many = join(dir, 'many.db');
  const feed = join(dir, 'many.jsonl');
  writeFileSync(feed, Array.from({ length: 80 }, (_, n) => JSON.stringify({
    text: `Government aircraft bombed a market in Idlib on Wednesday, killing ${n + 2} civilians (report ${n}). Rebels shelled an army checkpoint near Hama on Thursday, activists said.`,
    published: '2016-07-28',
  })).join('\n'));
  const ingested = runSitrep(['ingest', feed, '--db', many, '--quiet']);
  assert.equal(ingested.status, 0, said(ingested));
  const total = statsOf(many).events;
  assert.ok(total > 100, `only ${total} events`);
  const run = runSitrep(['events', '--db', many, '--format', 'csv']);
  assert.equal(run.status, 0, said(run));
  const rows = parse(run.stdout, { columns: true, skip_empty_lines: true }) as unknown[];
  if (rows.length < total) assert.match(run.stderr, new RegExp(`${rows.length} of ${total}`), `${rows.length} of ${total} rows, and stderr says nothing`);
});

test('events piped into a reader that stops early (| head -n 1) ends quietly, without an EPIPE stack trace', () => {
  const run = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx ${MAIN} events --db "${db}" --format json --limit 100000 | head -n 1`], { cwd: root, encoding: 'utf8' });
  assert.equal(run.stdout, '[\n');
  assert.doesNotMatch(run.stderr, /EPIPE|Unhandled|internal error/);
});
