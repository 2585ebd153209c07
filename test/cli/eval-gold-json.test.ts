import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lastJsonLine, makeTempDir, runSitrep, said } from './run-sitrep.js';

// fixtures/market-airstrike.gold.json: one required air strike (e1), one optional shelling (e2),
// and a must_not that e1 violates on purpose, so the figures are known exactly.
const dir = makeTempDir('eval');
const FIELDS = ['type', 'actors', 'recipients', 'time', 'place', 'factuality', 'attribution', 'fatalities'];

interface GoldJson {
  documents: number;
  events_total: number;
  events_found: number;
  events_correct: number;
  spurious_events: number;
  must_not_violations: number;
  fields: Record<string, number>;
}

test('eval gold DIR --json prints one JSON object last with the figures SCHEMA.md names', () => {
  const gold = join(dir, 'gold');
  mkdirSync(gold);
  for (const name of ['market-airstrike.txt', 'market-airstrike.gold.json']) copyFileSync(fixture(name), join(gold, name));
  const run = runSitrep(['eval', 'gold', gold, '--json']);
  assert.equal(run.status, 0, said(run));
  const figures = lastJsonLine<GoldJson>(run.stdout);
  for (const key of ['documents', 'events_total', 'events_found', 'events_correct', 'spurious_events', 'must_not_violations']) {
    assert.equal(typeof figures[key as keyof GoldJson], 'number', `${key} is a number`);
  }
  assert.equal(figures.documents, 1);
  assert.equal(figures.events_total, 1, 'the optional event is left out of events_total');
  assert.equal(figures.events_found, 1, 'the plain air strike sentence is found');
  assert.ok(figures.events_correct <= figures.events_found);
  assert.ok(figures.spurious_events >= 0);
  assert.equal(figures.must_not_violations, 1, 'the one forbid item e1 matches; the note string and the count_above item are not violated');
  assert.equal('compliance_total' in figures, false, 'no agreement is stated, so no compliance figures (SCHEMA.md: once agreements exist)');
  assert.deepEqual(Object.keys(figures.fields).filter((k) => FIELDS.includes(k)).sort(), [...FIELDS].sort());
  for (const name of FIELDS) assert.ok(figures.fields[name] >= 0 && figures.fields[name] <= 1, `fields.${name} = ${figures.fields[name]}`);
  assert.doesNotMatch(run.stdout.trimEnd().split('\n').slice(0, -1).join('\n'), /^\{"documents"/m, 'the JSON object is printed once');
});

test('eval gold on a folder with no gold files exits 3 with the message alone, not as an internal error', () => {
  const empty = join(dir, 'no-gold');
  mkdirSync(empty);
  const run = runSitrep(['eval', 'gold', empty, '--json']);
  assert.equal(run.status, 3, said(run));
  assert.match(run.stderr, /No NAME\.gold\.json files/);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
});
