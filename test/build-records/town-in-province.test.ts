import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2016-03-09') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'town-in-province.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords places an undated-place report after "killed in the town of X in Y province" at the town, not the province that locates it', () => {
  const text = 'At least seven people were killed on Tuesday in the town of Saraqeb in northern Idlib province, a monitor said. '
    + 'Four of them died in air strikes on a bakery which also wounded dozens of people.';
  const strikes = records(text).find((r) => r.triggerText === 'air strikes');
  assert.ok(strikes);
  assert.equal(strikes.place?.text, 'Saraqeb', JSON.stringify(strikes.place));
});
