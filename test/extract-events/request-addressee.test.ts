import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'request-addressee.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.actors.map((p) => p.text), r.recipients.map((p) => p.text)]));

test("a request is addressed to whom it names before the act it asks for, not to a party inside that act ('urged all sides to spare civilians')", () => {
  const sides = records('The UN envoy called on all warring sides to avoid targeting civilians on Sunday.');
  const request = sides.find((r) => r.type === 'REQUEST');
  assert.ok(request && !request.recipients.some((p) => /civilians/.test(p.text)), show(sides));
  const named = records('The UN envoy called on Russia to stop bombing civilians.');
  assert.deepEqual(named.find((r) => r.type === 'REQUEST')?.recipients.map((p) => p.actor?.code), ['RUS'], show(named));
});

test("a party after 'and to' + a verb belongs to that verb, not to the act before it ('to stop the fighting and to protect civilians')", () => {
  const rs = records('"I urge all parties to stop the fighting now and to protect civilians," the envoy wrote on Twitter.');
  assert.ok(rs.every((r) => !r.actors.some((p) => /civilians/.test(p.text))), show(rs));
  assert.ok(!rs.find((r) => r.type === 'REQUEST')?.recipients.some((p) => /civilians/.test(p.text)), show(rs));
});
