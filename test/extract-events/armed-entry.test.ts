import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { armedEntries } from '../../src/stages/extract-events/armed-entry.js';
import type { EventMention } from '../../src/model/event-mention.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';

const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';
const mentions = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-18', language: 'en' }, 'armed-entry.test.ts').document).layers.eventMentions;

test('armedEntries keeps an armed force entering a place as an event of its own', { skip }, () => {
  assert.ok(mentions('Government troops entered Saraqib on Monday.').some((m) => m.type === 'MOBILIZE' && m.triggerText === 'entered'));
});

test('armedEntries drops an entry by no armed party ("refugees have entered Jordan", "the proposals entered the draft")', { skip }, () => {
  assert.ok(!mentions('Thousands of refugees have entered Jordan since January.').some((m) => m.triggerText.startsWith('enter')));
  assert.ok(!mentions('The proposals of the delegation entered the final draft.').some((m) => m.triggerText.startsWith('enter')));
});

test('armedEntries folds an entry told beside an attack into that attack, whose words then include it', { skip }, () => {
  const found = mentions('Rebel fighters shelled army posts for a week and then entered Saraqib on Monday.');
  assert.ok(!found.some((m) => m.triggerText.startsWith('enter')));
  const attack = found.find((m) => m.type === 'ASSAULT');
  assert.ok(attack?.otherTriggers?.some((t) => t.end - t.start === 'entered'.length));
});

test('armedEntries keeps each "contentOf" pointing at the same mention after dropping one before it', () => {
  const span = { start: 0, end: 1 };
  const base = { trigger: span, sentence: 0, actors: [], recipients: [], clause: span, rule: 'test', confidence: 1 };
  const events: EventMention[] = [
    { ...base, triggerText: 'entered', type: 'MOBILIZE' },
    { ...base, triggerText: 'demanded', type: 'REQUEST' },
    { ...base, triggerText: 'withdraw', type: 'RETREAT', contentOf: 1 },
  ];
  armedEntries(events);
  assert.deepEqual(events.map((e) => e.triggerText), ['demanded', 'withdraw']);
  assert.equal(events[1].contentOf, 0);
});
