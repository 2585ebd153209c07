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

test("'denied it had carried out any air strikes', 'had not fired any shells': 'any' under a denial or a negation names the act denied, not a kind of act", () => {
  const denied = records('The navy denied it had carried out any air strikes near the port.');
  assert.ok(denied.some((r) => r.type === 'ASSAULT' && r.factuality === 'denied'), show(denied));
  assert.ok(!denied.some((r) => r.type === 'REJECT'), show(denied));
  const negated = records('The ministry said its gunners had not fired any shells at the village.');
  assert.ok(negated.some((r) => r.type === 'ASSAULT' && r.factuality === 'denied'), show(negated));
  // Without a denial 'any' still names a kind of act.
  const generic = records('The council condemned any attacks on aid workers.');
  assert.ok(!generic.some((r) => r.type === 'ASSAULT'), show(generic));
});

test("', saying …' after a denial opens what the speaker says instead: 'denied that the town had fallen, saying fighting was continuing' denies no fighting", () => {
  const rs = records('The army spokesman denied that the garrison had surrendered, saying fighting was continuing on the outskirts of the town.');
  assert.ok(!rs.some((r) => r.triggerText === 'fighting' && r.factuality === 'denied'), show(rs));
});

test("'denied that the village of X had fallen', 'denied that the town had fallen': ground that falls is taken, and the taking is what is denied", () => {
  const rs = records('The militia denied that the village of Kafr Hamra had fallen and said its fighters were holding the hill.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.mode === 'seize' && r.factuality === 'denied'), show(rs));
  const town = records('Local officials said the town fell on Sunday after a week of fighting.');
  assert.ok(town.some((r) => r.type === 'ASSAULT' && r.triggerText === 'fell'), show(town));
  // What falls that is no ground is taken by nobody.
  for (const text of ['Prices fell sharply in the capital on Sunday.', 'Two shells fell near the market on Sunday.', 'Two rockets fired from the valley fell in open ground.', 'Three soldiers fell in the battle for the town.']) {
    const rs2 = records(text);
    assert.ok(!rs2.some((r) => r.triggerText === 'fell'), show(rs2));
  }
});
