import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string, published = '2024-03-08') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'among-the-dead.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; fatalities?: unknown }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.fatalities]));

test('buildRecords reads "were among those killed" as who died in the attack already told, not as another killing', () => {
  const after = attacks('Russian air strikes killed at least 14 civilians near the town of Mayadeen on Thursday, a monitor said. Three children were among those killed, the monitor said.');
  assert.equal(after.length, 1, summary(after));
  assert.equal(after[0].fatalities?.children?.[0]?.low, 3, summary(after));
  const before = attacks('Shelling killed 20 people in the town of Douma on Tuesday, medics said. Among those killed were six children and four women.');
  assert.equal(before.length, 1, summary(before));
  assert.equal(before[0].fatalities?.women?.[0]?.low, 4, summary(before));
});

test('buildRecords gives "were among the dead" to the toll it is a part of, even when other sentences stand between them', () => {
  const far = attacks('An air raid on a bakery in the north killed 12 civilians on Friday, a monitor said. The raid destroyed the building. Residents searched the rubble for hours. Four children were among the dead, the monitor said.');
  assert.equal(far.length, 1, summary(far));
  assert.equal(far[0].fatalities?.civilian?.[0]?.low, 12, summary(far));
  assert.equal(far[0].fatalities?.children?.[0]?.low, 4, summary(far));
  // A count that is no part of a toll stays unattached so far from any attack.
  const count = attacks('An air raid on a bakery in the north killed 12 civilians on Friday, a monitor said. The raid destroyed the building. Residents searched the rubble for hours. Four children died of cold in the camp, the monitor said.');
  assert.equal(count[0].fatalities?.children, undefined, summary(count));
});

test('buildRecords gives a part of the toll told with its own "it said" to the attack, as a part and not a rival toll', () => {
  const events = attacks('Government air strikes on the town of Kafr Nabl killed 20 civilians on Thursday, the monitor said. Five of the dead were children, it said.');
  assert.equal(events.length, 1, summary(events));
  assert.equal(events[0].fatalities?.children?.[0]?.low, 5, summary(events));
});

test('buildRecords keeps a part of the toll (children, women) with the attack even when its source reads as another one', () => {
  // Without commas "children it said" may read as a saying by the children: a part is still no rival toll.
  const events = attacks('Government air strikes on the town of Kafr Nabl killed 20 civilians on Thursday the monitor said. Five of the dead were children it said.');
  assert.equal(events[0]?.fatalities?.children?.[0]?.low, 5, summary(events));
});
