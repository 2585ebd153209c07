import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2022-03-09') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'denied-proposition.test.ts');
  return runPipeline(document).layers.events;
};
const denials = (text: string) => records(text).filter((r) => r.type === 'REJECT' && /^den/i.test(r.triggerText));

test('buildRecords records no REJECT for a denial that a fact is true ("denied that any rifles had been lost")', () => {
  assert.deepEqual(denials('The garrison commander denied that any rifles had been lost.').map((r) => r.triggerText), []);
});

test('buildRecords records no REJECT for a denial of reports or claims that something happened', () => {
  const text = 'The navy denied reports that sailors had deserted their patrol boat near the island on Friday.';
  assert.deepEqual(denials(text).map((r) => r.triggerText), []);
});

test('buildRecords records no REJECT for a denial of doing something the lexicon does not name as an act', () => {
  assert.deepEqual(denials('The ministry denied favouring one faction over the other.').map((r) => r.triggerText), []);
});

test('buildRecords still records a refusal to let something be done as a REJECT ("denied the convoy access")', () => {
  const rs = records('The governor denied the convoy access to the besieged town on Sunday.');
  assert.ok(rs.some((r) => r.type === 'REJECT'), JSON.stringify(rs.map((r) => [r.type, r.triggerText])));
});
