import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-06-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'speaker-seat.test.ts');
  return runPipeline(document).layers.events;
};
const show = (rs: ReturnType<typeof records>) => JSON.stringify(rs.map((r) => [r.type, r.triggerText, r.place?.text, r.recipients.map((p) => p.text)]));

test("the city a speaking office sits in is not where its appeal was made ('the rights office in Vienna said … and urged the army to stop')", () => {
  const rs = records('Myanmar troops burned a village in Sagaing on Tuesday. The United Nations refugee office in Vienna said it was "deeply alarmed" and urged the military to stop attacks on civilians.');
  const urged = rs.find((r) => r.type === 'REQUEST');
  assert.ok(urged, show(rs));
  assert.notEqual(urged!.place?.text, 'Vienna', show(rs));
  // The ones asked are the recipient; those to be spared are not.
  assert.deepEqual(urged!.recipients.map((p) => p.actor?.code), ['MMRMIL'], show(rs));
  // The body the office belongs to goes on from its report to its own appeal.
  assert.deepEqual(urged!.actors.map((p) => p.actor?.code), ['IGOUNO'], show(rs));
});

test("the town an army spokesman speaks from is not where the fighting he reports was ('an army spokesman in Kano said')", () => {
  const rs = records('Gunmen opened fire on an army convoy on Sunday, killing three soldiers, an army spokesman in Kano said.', '2024-06-11');
  const attack = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(attack, show(rs));
  assert.notEqual(attack!.place?.text, 'Kano', show(rs));
});

test("a place the claim names wins over the place of the source that tells it ('according to an army source in Homs, troops took the farms near Kafr Laha')", () => {
  const rs = records('According to an army source in Homs, troops seized the farms near the village of Kafr Laha on Monday, killing several fighters.', '2024-06-11');
  const attack = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(attack, show(rs));
  assert.equal(attack!.place?.text, 'Kafr Laha', show(rs));
});

test("a local source's town stays the place of what it tells when the claim names none ('a police source in Mosul said the bomb killed five')", () => {
  const rs = records('A police source in Mosul said the bomb killed five people on Monday.', '2024-06-11');
  const attack = rs.find((r) => r.type === 'ASSAULT');
  assert.ok(attack, show(rs));
  assert.equal(attack!.place?.text, 'Mosul', show(rs));
});
