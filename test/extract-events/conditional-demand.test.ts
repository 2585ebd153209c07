import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// 'would not return to the table unless the shelling stopped': a party that makes its own act wait on another's
// sets a condition, which is a demand (CAMEO 10), stated now; the act withheld has not happened.
const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2020-06-10', language: 'en' }, 'conditional-demand.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.factuality, r.actors.map((a) => a.text), r.recipients.map((a) => a.text)]));

test("'would not return to the table unless …' is a demand by the speaker, asserted or reported, not a planned or denied meeting", () => {
  const rs = records('The rebel alliance said it would not return to the negotiating table unless the shelling of the city stopped.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].type, 'REQUEST', show(rs));
  assert.ok(['asserted', 'reported'].includes(rs[0].factuality), show(rs));
});

test("'would only return to talks if the army withdrew' is a demand addressed to the party of the condition", () => {
  const rs = records('The government said it would only return to the talks if the rebels freed the hostages.');
  const demand = rs.find((r) => r.type === 'REQUEST');
  assert.ok(demand, show(rs));
  assert.ok(demand.actors.some((a) => a.text === 'government'), show(rs));
  assert.ok(demand.recipients.some((a) => a.text === 'rebels'), show(rs));
  assert.ok(!rs.some((r) => r.type === 'CONSULT'), show(rs));
  assert.equal(demand.factuality, 'reported', show(rs));
});

test('a coming act with no condition makes no demand', () => {
  const rs = records('The two delegations will return to the negotiating table in Geneva next week.');
  assert.ok(rs.length && !rs.some((r) => r.type === 'REQUEST'), show(rs));
});

test("a refusal in a case ('will not accept more refugees if war breaks out') makes no demand: it stays a refusal", () => {
  const rs = records('The ministry said the country will not accept more refugees if war breaks out in the region.');
  assert.ok(!rs.some((r) => r.type === 'REQUEST'), show(rs));
  assert.ok(rs.some((r) => r.type === 'REJECT'), show(rs));
});

test("'would return to the talks only if the militia released the prisoners': 'only if' after the act makes the same demand, and the release is no event of its own", () => {
  const rs = records('The council said it would return to the talks only if the militia released the prisoners.');
  assert.ok(rs.some((r) => r.type === 'REQUEST' && r.factuality === 'reported'), show(rs));
  assert.ok(!rs.some((r) => r.triggerText === 'released'), show(rs));
});
