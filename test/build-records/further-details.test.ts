import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const attacks = (text: string) => {
  const { document } = makeDocument(text, { published: '2022-03-14', language: 'en' }, 'further-details.test.ts');
  return runPipeline(document).layers.events.filter((r) => r.type === 'ASSAULT');
};
const summary = (events: { triggerText: string; fatalities?: unknown }[]) => JSON.stringify(events.map((r) => [r.triggerText, r.fatalities]));

test('buildRecords reads "killed in the failed assault said the statement which gave no further information" as the repelled attack\'s toll', () => {
  // Without commas, as some outlets print: 'further information' asks for more words; it tells no further act.
  const text = 'Police said officers repelled an attack on a checkpoint outside the town of Dilling on Sunday morning. '
    + 'At least nine militants were killed in the failed assault said the statement which did not give any further information.';
  const events = attacks(text);
  assert.equal(events.length, 1, summary(events));
});

test('buildRecords still keeps apart a toll "in a further attack"', () => {
  const further = 'Police said officers repelled an attack on a checkpoint outside the town of Dilling on Sunday morning. '
    + 'At least nine militants were killed in a further attack on the checkpoint.';
  assert.equal(attacks(further).length, 2, summary(attacks(further)));
});
