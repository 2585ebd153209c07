import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// A truce named as the arrangement something is done to, or as what an agreement is about, is no second event.
const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2016-03-12', language: 'en' }, 'truce-wording.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.factuality]));

test("'the agreement on the cessation of hostilities took effect' is one truce, in force: not an agreement plus a planned truce", () => {
  const rs = records('The agreement on the cessation of hostilities in the country took effect at midnight on February 27.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].type, 'RETREAT', show(rs));
  assert.equal(rs[0].factuality, 'asserted', show(rs));
});

test("a truce that is to be monitored, supervised or enforced ('joint measures to monitor the truce') is the arrangement in place, not a truce declared", () => {
  for (const text of ['The envoy said Paris was ready to discuss with Berlin new ways to monitor the truce.', 'Observers will be sent to supervise the ceasefire in the south.']) {
    const rs = records(text);
    assert.ok(!rs.some((r) => r.type === 'RETREAT'), show(rs));
  }
});
