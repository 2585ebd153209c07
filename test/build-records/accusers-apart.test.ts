import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

test('buildRecords keeps two accusations against one party by parties of no common state apart', () => {
  const text = 'Washington says forces loyal to President Bashar al-Assad were behind the attack. '
    + 'On Saturday European foreign ministers blamed the attack on Assad.';
  const { document } = makeDocument(text, { published: '2013-09-08', language: 'en' }, 'accusers-apart.test.ts');
  const accusers = runPipeline(document).layers.events.filter((r) => r.type === 'ACCUSE').map((r) => r.actors.map((a) => a.actor?.code ?? '?').join(','));
  assert.equal(accusers.length, 2, JSON.stringify(accusers));
});
