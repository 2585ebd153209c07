import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const assaults = (text: string) =>
  runPipeline(makeDocument(text, { published: '2021-06-02', language: 'en' }, 'feared-act.test.ts').document).layers.events.filter((r) => r.type === 'ASSAULT');

test('buildRecords records no act named in what someone fears or waits for', () => {
  assert.equal(assaults('Farmers near the dam said they feared being caught in air strikes when they went out to the fields.').length, 0);
  assert.equal(assaults('Dozens of families in the old quarter are waiting for the army to drive out the gunmen and free their streets.').length, 0);
});

test('buildRecords still records the act a fear clause is followed by ("as jets bombed the town")', () => {
  assert.equal(assaults('Residents feared for their lives as jets bombed the town of Harbin on Monday.').length, 1);
});
