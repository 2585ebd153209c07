import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const events = (text: string) => runPipeline(makeDocument(text, { published: '2016-03-01', language: 'en' }, 'ground-taken.test.ts').document).layers.events;

test("in an act of taking ground, a name the dictionary lacks is the ground taken, not whom it was taken from ('captured Kharbet Nouri after clashes with IS')", () => {
  const found = events('Kurdish fighters captured Kharbet Nouri on Monday after weeks of intense clashes with IS.');
  const captured = found.find((e) => e.triggerText === 'captured');
  const shown = JSON.stringify(found.map((e) => [e.triggerText, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]));
  assert.ok(captured && !captured.recipients.some((r) => /Kharbet|Nouri/.test(r.text)), shown);
  assert.ok(captured.recipients.some((r) => r.text === 'IS'), shown);
});
