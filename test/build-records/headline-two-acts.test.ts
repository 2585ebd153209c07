import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2023-08-16', language: 'en' }, 'headline-two-acts.test.ts');
  return runPipeline(document).layers.events;
};
const tolls = (r: { fatalities?: Record<string, { text: string }[] | undefined> }) => Object.values(r.fatalities ?? {}).flatMap((l) => l ?? []).map((f) => f.text);

test('buildRecords keeps a headline\'s second act of the same type, and its toll, off the lead\'s act ("post attacked; 9 killed in raid")', () => {
  const text = 'Rebels attack border post in the east; army says 9 militants killed in raid\n\nRebels attacked a border post in the east on Tuesday, killing at least three guards, officials said.';
  const attack = records(text).find((r) => r.triggerText.toLowerCase().startsWith('attack'));
  assert.ok(attack);
  assert.ok(!tolls(attack).includes('9'), JSON.stringify(tolls(attack)));
  assert.ok(tolls(attack).includes('at least three'), JSON.stringify(tolls(attack)));
});
