import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2016-06-15') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'opposing-sides.test.ts');
  return runPipeline(document).layers.events;
};

test('buildRecords keeps the army\'s shelling and the rebels\' shelling of one city on one day apart: opposite sides of one state do two acts', () => {
  const text = 'Rebel-held districts south of Aleppo faced heavy shelling overnight, the monitor said. '
    + 'The army also pounded a supply road north of Aleppo overnight, the monitor said. '
    + 'In western Aleppo rebels shelled two districts killing two people on Wednesday, the state news agency reported.';
  const assaults = records(text).filter((r) => r.type === 'ASSAULT');
  const rebels = assaults.find((r) => r.actors.some((a) => a.actor?.code === 'SYRREB'));
  assert.ok(rebels && !rebels.actors.some((a) => a.actor?.code === 'SYRMIL'), JSON.stringify(assaults.map((r) => [r.triggerText, r.actors.map((a) => a.actor?.code)])));
});
