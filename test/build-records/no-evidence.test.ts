import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const assaults = (text: string) =>
  runPipeline(makeDocument(text, { published: '2021-06-02', language: 'en' }, 'no-evidence.test.ts').document).layers.events.filter((r) => r.type === 'ASSAULT');

test('buildRecords records no act the text finds no ground for, nor a harm done to nobody', () => {
  assert.equal(assaults('Army officers said they found no basis for reports that farmers were killed near the dam.').length, 0);
  assert.equal(assaults('"We assess that no civilians were injured or killed," the command said in a statement.').length, 0);
});

test('buildRecords still records a killing told beside a denial of another ("no evidence" about something else)', () => {
  assert.equal(assaults('Gunmen killed four farmers near the dam on Monday, police said, adding there was no evidence of a wider plot.').length, 1);
});
