import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2022-03-09') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'speaker-accuses.test.ts');
  return runPipeline(document).layers.events;
};
const accusation = (text: string) => records(text).find((r) => r.type === 'ACCUSE');
const show = (text: string) => JSON.stringify(records(text).map((r) => [r.type, r.actors.map((p) => `${p.text}:${p.actor?.code}`), r.attribution.map((s) => s.name)]));

test("the speaker of a characterisation of its subject is the accuser ('Greek officials said the rebels do not discriminate between …')", () => {
  const text = 'Greek officials said the rebels do not discriminate between military targets and homes.';
  const r = accusation(text);
  assert.deepEqual(r?.actors.map((p) => p.actor?.code), ['GRCGOV'], show(text));
  assert.ok(r?.recipients.some((p) => p.text.includes('rebels')), show(text));
  // A named speaker stays the source of its own words.
  assert.ok(r?.attribution.some((s) => s.name.includes('officials')), show(text));
});

test('an anonymous source placed in a body by the sentence before accuses as that body, and the outlet alone is left as its source', () => {
  const text = 'The Guardian reported that many officials in the Greek foreign ministry doubt the plan. '
    + 'According to the interlocutor of the newspaper, the rebels do not discriminate between military targets and homes.';
  const r = accusation(text);
  assert.deepEqual(r?.actors.map((p) => p.actor?.code), ['GRCGOV'], show(text));
  assert.deepEqual(r?.attribution.map((s) => s.name), ['The Guardian'], show(text));
});

test('an outlet that relays a characterisation is not the accuser', () => {
  const text = 'The Guardian reported that the rebels do not discriminate between military targets and homes.';
  const r = accusation(text);
  assert.ok(r && !r.actors.some((p) => p.actor?.kind === 'media'), show(text));
});

test("one side's accusations aimed at parties of different states on one day are two accusations, not one", () => {
  const text = 'On Monday the Greek foreign ministry condemned Turkey over the drills. '
    + 'According to the Greek foreign ministry, the Serbian police do not discriminate between military targets and homes.';
  const acts = records(text).filter((r) => r.type === 'ACCUSE');
  assert.equal(acts.length, 2, show(text));
});

test("'X said A and that it had summoned the envoy': a second clause of the report whose subject is 'it' is the speaker's own act", () => {
  const text = 'The Greek foreign ministry said the raid was unacceptable and that it had summoned the Turkish ambassador.';
  const r = accusation(text);
  assert.deepEqual(r?.actors.map((p) => p.actor?.code), ['GRCGOV'], show(text));
  // A party named in the report between the speaker and 'it' may be what 'it' stands for: nothing is lent then.
  const other = 'The Greek foreign ministry said the Turkish navy had entered the bay and that it had fired on a fishing boat.';
  assert.ok(records(other).every((e) => !e.actors.some((p) => p.actor?.code === 'GRCGOV')), JSON.stringify(records(other).map((e) => [e.type, e.actors.map((p) => p.actor?.code)])));
});

test("the speaker who says an attack 'bears the hallmarks' of a party is the accuser, and the party is the accused", () => {
  const text = "Norway's foreign ministry said the bombing bore all the hallmarks of the militia.";
  const r = accusation(text);
  assert.deepEqual(r?.actors.map((p) => p.actor?.code), ['NORGOV'], show(text));
  // The article tells the saying itself: the accusation was made.
  assert.equal(r?.factuality, 'asserted');
});
