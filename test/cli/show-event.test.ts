import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeTempDir, runSitrep, said } from './run-sitrep.js';

const dir = makeTempDir('show');
const db = join(dir, 'sitrep.db');

interface Listed {
  id: string;
  content?: { type: string; triggerText: string; factuality: string }[];
  type: string;
  triggerText: string;
  attribution: { name: string; kind: string }[];
}

let listed: Listed[] = [];

before(() => {
  // One article whose events are all some source's claims, one that states events itself.
  const run = runSitrep(['ingest', 'examples/articles/02-airstrike-conflicting-tolls.txt', 'examples/articles/06-protest-dispersed-by-force.txt', 'examples/articles/11-call-to-halt-fighting.txt', '--db', db, '--quiet']);
  assert.equal(run.status, 0, said(run));
  const events = runSitrep(['events', '--db', db, '--format', 'json']);
  assert.equal(events.status, 0, said(events));
  listed = JSON.parse(events.stdout) as Listed[];
});

test('show ID prints the trigger, the evidence with the trigger marked [words]{TYPE} and who says so, without terminal codes when piped', () => {
  const event = listed.find((e) => e.attribution.length > 0);
  assert.ok(event, 'the air strike article attributes some event to a source');
  const run = runSitrep(['show', event.id, '--db', db]);
  assert.equal(run.status, 0, said(run));
  const lines = run.stdout.split('\n');
  assert.ok(lines[0].startsWith(`${event.id}  ${event.type}`), lines[0]);
  assert.ok(lines.some((l) => l.startsWith('trigger') && l.includes(`“${event.triggerText}”`)), run.stdout);
  const evidence = lines.slice(lines.indexOf('evidence:') + 1).join('\n');
  assert.ok(evidence.includes(`[${event.triggerText}]{${event.type}}`), `the trigger is not marked in:\n${evidence}`);
  const who = lines.find((l) => l.startsWith('who says'));
  assert.ok(who, run.stdout);
  for (const source of event.attribution) assert.ok(who.includes(`${source.name} (${source.kind})`), `${who} lacks ${source.name}`);
  assert.doesNotMatch(run.stdout, /\x1b\[/, 'no ANSI codes when stdout is not a terminal');
});

test('show ID of an event the article states itself says so on the attribution line', () => {
  const event = listed.find((e) => e.attribution.length === 0);
  assert.ok(event, "the protest article states some event itself");
  const run = runSitrep(['show', event.id, '--db', db]);
  assert.equal(run.status, 0, said(run));
  assert.match(run.stdout, /^who says\s+the article itself$/m);
});

test('show ID of a request names the act it asks for, marked in the evidence, and says it is not recorded as an event', () => {
  const request = listed.find((e) => e.type === 'REQUEST' && e.content?.length);
  assert.ok(request, 'the call to halt the fighting keeps what it asks for');
  const run = runSitrep(['show', request.id, '--db', db]);
  assert.equal(run.status, 0, said(run));
  const asked = request.content![0];
  assert.match(run.stdout, new RegExp(`^asks for\\s+${asked.type}.*“${asked.triggerText}” \\(${asked.factuality}, not recorded as an event\\)$`, 'm'));
  assert.ok(run.stdout.includes(`[${asked.triggerText}]{${asked.type} ${asked.factuality}}`), run.stdout);
});

test('show with an unknown id exits 3 and names the id', () => {
  const run = runSitrep(['show', 'ev_0000000000000000_1', '--db', db]);
  assert.equal(run.status, 3, said(run));
  assert.match(run.stderr, /ev_0000000000000000_1/);
  assert.equal(run.stdout, '');
});
