import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2023-06-27') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'speaker-of-own-act.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.actors.map((p) => p.text)]));

test("a speaker that says in a statement that it did something did it ('Hamas said in a statement that it rejected the plan')", () => {
  const rejected = records('Hamas said in a statement that it rejected the plan.');
  assert.ok(rejected.some((r) => r.type === 'REJECT' && r.actors.some((p) => p.actor?.code === 'PSEREB')), show(rejected));
  const interview = records('Norway said on Monday in an interview that it had expelled two Russian diplomats.');
  assert.ok(interview.some((r) => r.actors.some((p) => p.actor?.code === 'NOR')), show(interview));
  const fired = records('Hamas said in a statement that it had fired rockets at Israel.');
  assert.ok(fired.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.actor?.code === 'PSEREB')), show(fired));
});

test('a speaker who says in a statement that another party acted is still only the source', () => {
  const claim = records('Hamas said in a statement that Israeli jets had bombed a school in Gaza.');
  assert.ok(claim.length && claim.every((r) => !r.actors.some((p) => p.actor?.code === 'PSEREB')), show(claim));
});

test("a speaker that goes on from its report to a speech act of its own keeps it ('Hamas said the attack had not been ordered by its leaders and called on Egypt to intervene')", () => {
  const called = records('Hamas said the attack had not been ordered by its leaders and called on Egypt to intervene.');
  assert.ok(called.some((r) => r.type === 'REQUEST' && r.actors.some((p) => p.actor?.code === 'PSEREB')), show(called));
});

test("a speaker that says its own forces acted did it ('the Turkish army said its jets struck …'), and the act keeps the means they name", () => {
  const jets = records('The Turkish army said its jets had struck militant positions near the border on Monday.');
  const strike = jets.find((r) => r.type === 'ASSAULT');
  assert.deepEqual(strike?.actors.map((p) => p.actor?.code), ['TURMIL'], show(jets));
  assert.equal(strike?.mode, 'aerial', show(jets));
});

test('a speaker whose claim names no party of its own stays only the source (a shell of unknown origin)', () => {
  const shell = records('The Turkish army said a shell had landed near one of its posts on Monday.');
  assert.ok(shell.every((r) => !r.actors.some((p) => p.actor?.code === 'TURMIL')), show(shell));
});

test("a source the lead describes ('a war monitor said') and names later ('The Syrian Observatory …, which …, said the jets struck') is one source: its retelling joins the lead's attack", () => {
  const text = 'BEIRUT, March 2 (Reuters) - Air strikes hit a market in the town of Kafr Nabl in Idlib province on Tuesday, killing 11 civilians, a war monitor said.\n\nThe Syrian Observatory for Human Rights, which tracks the war through a network of sources, said the jets struck twice within minutes.';
  const strikes = records(text, '2021-03-02').filter((r) => r.type === 'ASSAULT');
  assert.equal(strikes.length, 1, show(strikes));
});

test("a speaker quoted after its claim ('\"Our forces took the villages,\" the SDF commander said') and a commander's 'his men' did the act", () => {
  const quoted = records('"Our forces took control of the villages of Tal Othman and Khanez after clashes that lasted all night," an SDF commander told reporters on Tuesday.');
  assert.ok(quoted.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.actor?.code === 'SYRREB')), show(quoted));
  const men = records('A Kurdish militia commander told reporters by telephone that his men had destroyed two tanks near the roundabout.');
  assert.ok(men.some((r) => r.type === 'ASSAULT' && r.actors.length === 1 && /commander|militia/i.test(r.actors[0].text)), show(men));
});

test("a speaker's own forces act even when the act's verb is quoted and a word after it reads as its author ('its forces had \"neutralised\" 27 militants')", () => {
  const rs = records('The Turkish defence ministry said in its weekly briefing that its forces had "neutralised" 27 PKK militants in northern Iraq over the past week.');
  assert.ok(rs.some((r) => r.type === 'ASSAULT' && r.actors.some((p) => p.actor?.code === 'TURMIL')), show(rs));
});

test("what the speaker's own people suffered is not their act ('said its soldiers were killed', 'his brother was killed')", () => {
  const soldiers = records('The Turkish army said its soldiers were killed in a rocket attack on Monday.');
  assert.ok(soldiers.every((r) => !r.actors.some((p) => p.actor?.code === 'TURMIL')), show(soldiers));
  const brother = records('A Kurdish militia commander told reporters that his brother was killed by a sniper on Monday.');
  assert.ok(brother.every((r) => !r.actors.some((p) => /commander|militia/i.test(p.text))), show(brother));
});
