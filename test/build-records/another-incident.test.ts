import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'another-incident.test.ts');
  return runPipeline(document).layers.events;
};
const tells = (r: { evidence: { start: number; end: number }[] }, at: number) => r.evidence.some((e) => e.start <= at && at < e.end);

test('buildRecords keeps apart an attack told in a sentence opening "Across the border" with its own day and place, even when the same group is named', () => {
  const text = 'Roadside bomb kills four Nigerien police officers\n\n'
    + 'NIAMEY, June 7 (Reuters) - Four Nigerien police officers were killed on Thursday when their vehicle struck a roadside bomb in the Tillaberi region, police said, blaming Islamic State.\n\n'
    + 'Islamic State said in a statement that its fighters had destroyed a police vehicle and killed nine officers.\n\n'
    + 'Across the border, Malian troops said they had repelled an Islamic State attack on a base in the Menaka region on Tuesday, killing dozens of militants.';
  const events = records(text, '2024-06-07').filter((r) => r.type === 'ASSAULT');
  const claim = text.indexOf('killed nine');
  const across = text.indexOf('attack on a base');
  assert.ok(!events.some((r) => tells(r, claim) && tells(r, across)), JSON.stringify(events.map((r) => [r.triggerText, r.place?.text, r.time?.start])));
});

test('buildRecords keeps a capture of villages and the air strikes told beside it apart, even on one night with one actor', () => {
  const text = 'Government troops take villages near Saraqib\n\n'
    + 'AMMAN, JORDAN - Syrian government forces captured four more villages in the eastern countryside of Aleppo province on Sunday night, pressing on towards the Kuweires air base.\n\n'
    + 'A military source said scores of rebels were killed in the fighting, while Syrian and Russian jets bombed rebel positions near the town of Deir Hafer throughout the night.';
  const events = records(text, '2016-05-02').filter((r) => r.type === 'ASSAULT');
  const capture = text.indexOf('captured four');
  const strike = text.indexOf('jets bombed');
  assert.ok(!events.some((r) => tells(r, capture) && tells(r, strike)), JSON.stringify(events.map((r) => [r.triggerText, r.acled, r.evidence.length])));
  assert.ok(events.some((r) => tells(r, strike)), JSON.stringify(events.map((r) => [r.triggerText, r.acled])));
});

test('buildRecords keeps apart a clash told "In a separate development", even when it names the same side as the shelling before it', () => {
  const text = 'On Friday, government forces shelled the town of Harasta with rockets, killing six civilians, among them a nurse, local activists said. '
    + 'In a separate development, fighters of the Free Syrian Army repelled an attempt by government forces and the militias allied to them to advance on the orchards front in the south of the district, killing eleven of the attackers, according to a statement by the rebels.';
  const events = records(text, '2016-02-14').filter((r) => r.type === 'ASSAULT');
  const shelling = text.indexOf('shelled the town');
  const clash = text.indexOf('killing eleven');
  assert.ok(!events.some((r) => tells(r, shelling) && tells(r, clash)), JSON.stringify(events.map((r) => [r.triggerText, r.evidence.length])));
});

test('buildRecords keeps apart a strike told in a sentence opening "In the meantime", even by the same army in a village the gazetteer lacks', () => {
  const text = 'Army rocket launchers struck a convoy of Jund al-Aqsa militants in northern Hama province on Monday, killing nine of them, a military source said. '
    + 'In the meantime, other sources said that army missile units struck a car packed with explosives on a road near the small village of Tell Ghazawi.';
  const events = records(text, '2024-03-05').filter((r) => r.type === 'ASSAULT');
  const convoy = text.indexOf('struck a convoy');
  const car = text.indexOf('struck a car');
  assert.ok(!events.some((r) => tells(r, convoy) && tells(r, car)), JSON.stringify(events.map((r) => [r.triggerText, r.evidence.length])));
});

test('buildRecords keeps apart two strikes by one army told with different weapons, by its word or its attacker (a missile attack, fighter jets)', () => {
  const text = 'An army missile attack on a convoy of Jund al-Aqsa militants in northern Hama province killed nine of them on Monday, a military source said. '
    + 'Syrian fighter jets pounded Islamic State strongholds in the villages of Tell Ghazawi and Kafr Uwayd in the eastern Hama countryside.';
  const events = records(text, '2024-03-05').filter((r) => r.type === 'ASSAULT');
  const convoy = text.indexOf('missile attack');
  const jets = text.indexOf('pounded');
  assert.ok(!events.some((r) => tells(r, convoy) && tells(r, jets)), JSON.stringify(events.map((r) => [r.triggerText, r.acled, r.evidence.length])));
});
