import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { mergeHeadline } from '../../src/stages/build-records/merge-headline.js';
import { toldWithoutToll } from '../../src/stages/build-records/told-without-toll.js';

const TEXT = 'Fighting between two armed groups in the port city overnight killed at least nine people, the health ministry said on Wednesday. '
  + 'A truce agreed by tribal elders took effect at noon. Sporadic gunfire was still heard in the old quarter in the afternoon, but no new casualties were reported.';

const records = (text: string) => {
  const { document } = makeDocument(text, { published: '2021-06-16', language: 'en' }, 'no-toll-report.test.ts');
  return runPipeline(document).layers.events;
};

test('toldWithoutToll reads "no new casualties were reported" and "nobody was hurt" in the sentence of the report, and no toll elsewhere', () => {
  const [fighting, gunfire] = ['Fighting', 'gunfire'].map((w) => records(TEXT).find((r) => r.triggerText === w)!);
  assert.ok(gunfire && toldWithoutToll(gunfire, TEXT));
  assert.ok(fighting && !toldWithoutToll(fighting, TEXT));
  const other = 'Two rockets hit an empty field near the base on Friday; nobody was hurt.';
  assert.ok(toldWithoutToll(records(other).find((r) => r.type === 'ASSAULT')!, other));
});

test('mergeHeadline does not give a headline\'s toll to a later report that says nobody was killed or hurt in its incident', () => {
  const all = records(TEXT);
  const lead = all.find((r) => r.triggerText === 'Fighting')!;
  const later = all.find((r) => r.triggerText === 'gunfire')!;
  // The headline ('Clashes in port city kill at least nine') stands for the lead's fighting, toll included.
  const head = { ...structuredClone(lead), trigger: { start: 0, end: 0 } };
  const merged = mergeHeadline([head, later], (r) => r === head, { clauseWords: () => new Set<string>(), text: TEXT });
  assert.equal(merged.length, 2, JSON.stringify(merged.map((r) => [r.triggerText, r.fatalities])));
  assert.equal(later.fatalities, undefined);
});

test('toldWithoutToll answers for the text it is given, asked again of one record with another text', () => {
  const gunfire = records(TEXT).find((r) => r.triggerText === 'gunfire')!;
  assert.ok(toldWithoutToll(gunfire, TEXT));
  // The same offsets in a text whose sentence there reports no such thing.
  const plain = TEXT.replace('but no new casualties were reported', 'and residents stayed indoors all day');
  assert.ok(!toldWithoutToll(gunfire, plain));
  assert.ok(toldWithoutToll(gunfire, TEXT));
});
