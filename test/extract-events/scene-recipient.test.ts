import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'scene-recipient.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.actors.map((p) => p.text), r.recipients.map((p) => p.text)]));

test("a condemnation is not aimed at the state where the act it condemns happened ('condemned an air strike on a clinic in the town of X')", () => {
  const rs = records('The council issued a statement condemning an air strike on a clinic in the town of Kafr Nabl west of Idlib on Sunday.');
  const condemned = rs.find((r) => r.triggerText === 'condemning');
  assert.ok(condemned && condemned.recipients.length === 0, show(rs));
});

test("a place in a subordinate clause is another scene ('rejected any talks while the war in Gaza went on')", () => {
  const rs = records('A militia commander rejected any talks on the border while the war in Gaza went on.');
  assert.ok(rs.every((r) => !r.recipients.some((p) => p.text === 'Gaza')), show(rs));
});

test('an act done in a state still aims at it, and what is agreed keeps the place of the agreement', () => {
  const curfew = records('Serbia lifted a night curfew in Montenegro.');
  assert.deepEqual(curfew.find((r) => r.actors.some((p) => p.text === 'Serbia'))?.recipients.map((p) => p.actor?.code), ['MNE'], show(curfew));
  const agreed = records('The two parties agreed to postpone the demonstration in Baku.');
  assert.ok(agreed.some((r) => r.type === 'AGREE' && r.recipients.some((p) => p.actor?.code === 'AZE')), show(agreed));
});
