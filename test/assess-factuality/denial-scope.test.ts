import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2024-03-12', language: 'en' }, 'denial-scope.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.triggerText, r.factuality]));

test("a denial covers the clause it governs, not what the speaker goes on to say after ', but said'", () => {
  const rs = records('The ministry denied that its forces had attacked the convoy, but said troops had clashed with gunmen nearby.');
  assert.equal(rs.find((r) => r.triggerText === 'attacked')?.factuality, 'denied', show(rs));
  assert.equal(rs.find((r) => r.triggerText === 'clashed')?.factuality, 'reported', show(rs));
});

test("an act joined by 'and' inside the denied clause stays denied ('denied that soldiers had shelled the town and killed civilians')", () => {
  const rs = records('The army denied that soldiers had shelled the town and burned homes.');
  assert.ok(rs.length && rs.every((r) => r.factuality === 'denied'), show(rs));
});

test("'denied on Monday that its jets were bombing …, and said troops were fighting …': the denied act stays an event of its own, not swallowed by the act the speaker goes on to tell", () => {
  const rs = records('The interior ministry denied on Monday that the air force was bombing farms near the river and said troops were fighting smugglers there.');
  assert.equal(rs.find((r) => r.triggerText === 'bombing')?.factuality, 'denied', show(rs));
  assert.equal(rs.find((r) => r.triggerText === 'fighting')?.factuality, 'reported', show(rs));
  assert.ok(!rs.some((r) => r.type === 'REJECT'), show(rs));
});
