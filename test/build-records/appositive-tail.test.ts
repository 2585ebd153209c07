import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2024-02-09') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'appositive-tail.test.ts');
  return { text, events: runPipeline(document).layers.events };
};

test('buildRecords leaves out of an act\'s evidence the appositive that only describes a name ("the FDLR, a militia founded by …")', () => {
  const { text, events } = records('The spokeswoman accused Kinshasa of working with the FDLR, a militia founded by extremists linked to the 1994 massacres.');
  const accusation = events.find((r) => r.type === 'ACCUSE');
  assert.ok(accusation);
  const evidence = accusation.evidence.map((e) => text.slice(e.start, e.end)).join(' | ');
  assert.ok(evidence.endsWith('the FDLR'), evidence);
  assert.notEqual(accusation.time?.start, '1994-01-01');
});

test('buildRecords keeps the whole clause when the act goes on after the appositive ("…, a town of farmers, killing two")', () => {
  const { text, events } = records('Rebels shelled Sake, a town of farmers, killing two people.');
  const shelling = events.find((r) => r.type === 'ASSAULT');
  assert.ok(shelling);
  assert.ok(shelling.evidence.some((e) => text.slice(e.start, e.end).includes('killing')), JSON.stringify(shelling.evidence));
});

test('buildRecords leaves out of an act\'s evidence an appositive that ranks the thing named ("…, the latest in a series of orders since …")', () => {
  const { text, events } = records('The agency said on Friday that Poland had signed a contract in Warsaw on Thursday for 152 howitzers built by Hanwha Aerospace, the latest in a series of Polish orders for Korean weapons since Russia invaded Ukraine.', '2023-10-27');
  const deal = events.find((r) => r.triggerText.startsWith('signed'));
  assert.ok(deal);
  const evidence = deal.evidence.map((e) => text.slice(e.start, e.end)).join(' | ');
  assert.ok(evidence.endsWith('Hanwha Aerospace'), evidence);
});
