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
