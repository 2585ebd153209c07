import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string, published = '2024-03-11') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'other-source-toll.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; fatalities?: unknown }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.fatalities]));

test('buildRecords joins another source\'s toll of the same kind of attack in the same town on the same day to the attack already recorded', () => {
  const text = 'Warplanes bombed a market in the town of Saraqeb on Sunday, killing at least 12 people, the Syrian Observatory for Human Rights said. '
    + 'It said the toll was likely to rise. '
    + 'The Local Coordination Committees, another monitoring group, said air strikes killed 15 people in Saraqeb on Sunday and wounded 30.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
});

test('buildRecords keeps apart a further attack the same source tells in the same town that day, and another source\'s toll of another weapon', () => {
  const further = 'Air strikes on a market in Saraqeb on Sunday killed 12 people, the Observatory said. '
    + 'Another air strike on a hospital in Saraqeb on Sunday killed three medics, the Observatory said.';
  assert.equal(attacks(further).length, 2, summary(attacks(further)));
  const weapons = 'Air strikes on a market in Saraqeb on Sunday killed 12 people, the Observatory said. '
    + 'Rebel shelling of a checkpoint in Saraqeb on Sunday killed four soldiers, state media said.';
  assert.equal(attacks(weapons).length, 2, summary(attacks(weapons)));
});

test('buildRecords gives an attack with no dead of its own the death another source tells in the next sentence', () => {
  const text = 'Dozens of people were treated for burns after shells hit a school in the town of Orsa on Monday, medics said. '
    + 'A boy died in hospital overnight, the district health office said in a statement.';
  const [attack] = attacks(text, '2024-03-12');
  assert.ok(attack, 'no attack');
  assert.ok(Object.values(attack.fatalities ?? {}).some((l) => l?.some((f) => f.low === 1)), summary([attack]));
});

test('buildRecords still keeps another source\'s later toll off an attack that has its own dead', () => {
  const text = 'Shells hit a school in the town of Orsa on Monday, killing four pupils, medics said. '
    + 'Nine people died, the district health office said.';
  const [attack] = attacks(text, '2024-03-12');
  assert.ok(attack, 'no attack');
  assert.ok(!Object.values(attack.fatalities ?? {}).some((l) => l?.some((f) => f.low === 9)), summary([attack]));
});
