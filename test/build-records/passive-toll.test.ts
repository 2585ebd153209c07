import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string, published = '2022-03-14') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'passive-toll.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; place?: { text: string }; fatalities?: unknown }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.place?.text, r.fatalities]));

test('buildRecords reads a passive toll naming no attacker, right after an attack told without one, as that attack\'s toll', () => {
  const text = 'In South Kordofan the air force targeted gathering points of SPLM-N rebels in Korgo village in the southern countryside of Kadugli province. '
    + 'A number of gunmen were killed and their vehicles were destroyed.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
  assert.ok(events[0].fatalities, 'the toll is the strike\'s');
});

test('buildRecords keeps apart a passive toll that names another act ("in another attack"), another town, or follows an attack with a toll of its own', () => {
  const another = 'Army helicopters struck rebel positions near Korgo on Sunday, a military spokesman said. '
    + 'Three civilians were killed in another attack on a market.';
  assert.equal(attacks(another).length, 2, summary(attacks(another)));
  const elsewhere = 'Army helicopters struck rebel positions near Korgo on Sunday, a military spokesman said. '
    + 'In the town of Dilling, three civilians were killed by gunmen.';
  assert.equal(attacks(elsewhere).length, 2, summary(attacks(elsewhere)));
  const tolled = 'Army helicopters struck rebel positions near Korgo on Sunday, killing four rebels, a military spokesman said. '
    + 'Three civilians were killed at a market.';
  assert.equal(attacks(tolled).length, 2, summary(attacks(tolled)));
});

test('buildRecords leaves a passive toll that a new speaker gives ("An official told AFP that 14 people had been killed") to the other sources\' counts', () => {
  const text = 'A drone strike on a well near the town of Kidal killed at least 11 civilians on Tuesday, a rebel alliance said. '
    + 'The alliance said in a statement on Wednesday that the drone had fired two missiles at people watering their animals near Anefis. '
    + 'A local official told AFP that 14 people had been killed.';
  const events = attacks(text, '2024-05-16');
  const fourteen = events.find((r) => JSON.stringify(r.fatalities ?? {}).includes('"low":14'));
  assert.ok(fourteen, summary(events));
  assert.equal(fourteen.triggerText === 'missiles' || fourteen.evidence.some((e) => text.slice(e.start, e.end).includes('missiles')), false, summary(events));
});
