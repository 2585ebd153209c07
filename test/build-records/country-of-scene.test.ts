import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2019-03-12') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'country-of-scene.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords reads a headline\'s bare state name before the act\'s noun ("Yemen fighting kills", "Libya Militia Attacks") as where it happened, not who did it', () => {
  for (const text of [
    'Yemen fighting in Hodeidah kills 40 Houthi fighters\n\nAt least 40 Houthi fighters were killed in clashes near the port of Hodeidah on Monday, officials said.',
    'Libya Militia Attacks in Tripoli Kill 12 Civilians\n\nMilitia attacks on two districts of Tripoli killed 12 civilians on Monday.',
  ]) {
    const codes = records(text).filter((r) => r.type === 'ASSAULT').flatMap((r) => r.actors.map((a) => a.actor?.code));
    assert.ok(!codes.includes('YEM') && !codes.includes('LBY'), `${text.split('\n')[0]}: ${JSON.stringify(codes)}`);
  }
});

test('buildRecords keeps a state named before strikes it carried out abroad ("Russia air strikes kill 20 in Idlib")', () => {
  const text = 'Russia air strikes kill 20 in Idlib\n\nRussian air strikes on the town of Saraqeb killed 20 people on Monday, a monitor said.';
  const codes = records(text).filter((r) => r.type === 'ASSAULT').flatMap((r) => r.actors.map((a) => a.actor?.code ?? ''));
  assert.ok(codes.some((c) => c.startsWith('RUS')), JSON.stringify(codes));
});
