import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { lastJsonLine, makeTempDir, runSitrep, said } from './run-sitrep.js';

// Each filter is checked against the full list it narrows: the events it returns are exactly
// (or, for the fuzzy actor and text matches, at least) those of the full list that satisfy it.
const dir = makeTempDir('filters');
const db = join(dir, 'sitrep.db');

interface Participant { text: string; actor?: { name: string; code: string } }
interface Listed {
  id: string;
  documentId: string;
  type: string;
  factuality: string;
  actors: Participant[];
  recipients: Participant[];
  time?: { start: string; end: string };
  place?: { place: { country?: string } };
  otherPlaces?: { place: { country?: string } }[];
}

let all: Listed[] = [];
const texts = new Map<string, string>();

function filtered(...args: string[]): Listed[] {
  const run = runSitrep(['events', '--db', db, '--limit', '100000', '--json', '--format', 'jsonl', ...args]);
  assert.equal(run.status, 0, said(run));
  const { count, total, events } = lastJsonLine<{ count: number; total: number; events: Listed[] }>(run.stdout);
  assert.equal(count, events.length);
  assert.equal(total, events.length, '--json total counts the same filter');
  return events;
}

const ids = (events: Listed[]) => events.map((e) => e.id);
// An event is in a country when its main place or one of its further places is ('in Aleppo and Idlib').
const inCountry = (e: Listed, country: string) => [e.place, ...(e.otherPlaces ?? [])].some((p) => p?.place.country === country);

/** The filter's result equals the full list narrowed by the predicate, is not empty and leaves something out. */
function assertNarrowsTo(result: Listed[], predicate: (e: Listed) => boolean, what: string): void {
  const expected = all.filter(predicate);
  assert.deepEqual(ids(result), ids(expected), what);
  assert.ok(result.length > 0 && result.length < all.length, `${what}: ${result.length} of ${all.length}; the examples should give some, not all`);
}

before(async () => {
  const run = runSitrep(['ingest', 'examples/articles', '--db', db, '--quiet']);
  assert.equal(run.status, 0, said(run));
  all = filtered();
  const store = await openStore(db);
  try {
    for (const id of new Set(all.map((e) => e.documentId))) {
      const doc = await store.getDocument(id);
      texts.set(id, `${doc?.title ?? ''}\n${doc?.text ?? ''}`);
    }
  } finally {
    await store.close();
  }
});

test('events --type ASSAULT returns exactly the ASSAULT events', () => {
  assertNarrowsTo(filtered('--type', 'ASSAULT'), (e) => e.type === 'ASSAULT', '--type ASSAULT');
});

test('events --country SY returns exactly the events placed in Syria', () => {
  assertNarrowsTo(filtered('--country', 'SY'), (e) => inCountry(e, 'SY'), '--country SY');
});

// (Planned, not requested: the examples now record a request as the speech act only, so none is 'requested'.)
test('events --factuality planned returns exactly the planned events', () => {
  assertNarrowsTo(filtered('--factuality', 'planned'), (e) => e.factuality === 'planned', '--factuality planned');
});

test('events --from --to returns exactly the events whose time overlaps the range, none without a time', () => {
  const [from, to] = ['2016-07-01', '2016-09-30'];
  assertNarrowsTo(filtered('--from', from, '--to', to), (e) => Boolean(e.time && e.time.end >= from && e.time.start <= to), `--from ${from} --to ${to}`);
});

test('events --type ASSAULT --country SY returns the events that satisfy both', () => {
  assertNarrowsTo(filtered('--type', 'ASSAULT', '--country', 'SY'), (e) => e.type === 'ASSAULT' && inCountry(e, 'SY'), 'both filters');
});

test('events --actor RUS returns every event with a RUS… code on either side, and only events that name Russia', () => {
  const result = filtered('--actor', 'RUS');
  const sides = (e: Listed) => [...e.actors, ...e.recipients];
  const byCode = all.filter((e) => sides(e).some((p) => p.actor?.code.startsWith('RUS')));
  assert.ok(byCode.length > 0 && result.length < all.length);
  for (const e of byCode) assert.ok(ids(result).includes(e.id), `${e.id} has a RUS actor but is not returned`);
  for (const e of result) {
    assert.ok(sides(e).some((p) => p.actor?.code.startsWith('RUS') || /rus/i.test(`${p.actor?.name ?? ''} ${p.text}`)),
      `${e.id} is returned but no actor or recipient is Russian: ${JSON.stringify(sides(e))}`);
  }
});

test('events --text returns exactly the events of articles that contain the word', () => {
  const result = filtered('--text', 'Aleppo');
  assertNarrowsTo(result, (e) => /\baleppo\b/i.test(texts.get(e.documentId) ?? ''), '--text Aleppo');
});
