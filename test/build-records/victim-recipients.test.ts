import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2018-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'victim-recipients.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords makes the one person a shelling injured its civilian recipient ("one person was injured by mortar rounds")', () => {
  const [attack] = records('In Homs city one person was injured by mortar rounds fired by gunmen on the old market on Monday.');
  assert.ok(attack, 'an attack is found');
  assert.deepEqual(attack.recipients.map((p) => [p.text, p.actor?.code]), [['person', 'CVL']]);
});
