import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// An act an accusation or a condemnation names with a toll of its own ('condemned the massacre in which 40
// villagers were killed') is reported as having happened: a careful analyst records it, with its toll.
const records = (text: string) => runPipeline(makeDocument(text, { published: '2019-03-04', language: 'en' }, 'condemned-act-with-toll.test.ts').document).layers.events;
const killed = (r: { fatalities?: Record<string, { best: number }[] | undefined> }) => Object.values(r.fatalities ?? {}).flatMap((l) => (l ?? []).map((f) => f.best));

test('buildRecords records the condemned act that has a toll of its own, with that toll', () => {
  const text = 'The opposition council strongly condemned the horrific massacre carried out by government jets in which 27 villagers were killed.';
  const attacks = records(text).filter((r) => r.type === 'ASSAULT');
  assert.equal(attacks.length, 1, JSON.stringify(records(text).map((r) => [r.type, r.triggerText])));
  assert.deepEqual(killed(attacks[0]), [27]);
  // The condemner tells it as done: reported, not a proposal.
  assert.equal(attacks[0].factuality, 'reported');
});

test('buildRecords still leaves out a bare characterisation an accusation makes, with no toll, time or place', () => {
  const text = 'The minister accused the rebels of bombing schools and hospitals.';
  assert.equal(records(text).filter((r) => r.type === 'ASSAULT').length, 0, JSON.stringify(records(text).map((r) => [r.type, r.triggerText])));
});
