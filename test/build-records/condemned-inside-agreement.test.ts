import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

// 'agreed on a statement condemning an air strike': the strike is what the statement condemns, an act told as
// done, not something the agreement plans; its toll is its own.
const records = (text: string, published: string) => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'condemned-inside-agreement.test.ts');
  return runPipeline(document).layers.events;
};

test('an attack condemned by a statement that a council agreed on is told as done, with its toll, not planned', () => {
  const text = 'The assembly did agree on a statement condemning an air strike on a clinic in the town of Kidal on Sunday which a charity said killed at least nine people.';
  const strike = records(text, '2024-02-07').find((r) => r.type === 'ASSAULT');
  assert.ok(strike, 'no strike');
  assert.ok(strike.factuality === 'asserted' || strike.factuality === 'reported', strike.factuality);
  assert.equal(strike.time?.start, '2024-02-04');
  assert.ok(Object.values(strike.fatalities ?? {}).some((l) => l?.some((f) => f.low === 9)), JSON.stringify(strike.fatalities));
});

test('acts told after a fronted "Under the deal," or "As part of the agreement," were done under it, not planned by it', () => {
  const text = 'As part of the agreement, the militia handed over six hostages and the army released 20 prisoners, a mediator said.';
  const acts = records(text, '2024-02-07').filter((r) => r.type !== 'AGREE');
  assert.ok(acts.length > 0, 'no acts');
  for (const act of acts) assert.ok(act.factuality === 'asserted' || act.factuality === 'reported', `${act.triggerText}: ${act.factuality}`);
});
