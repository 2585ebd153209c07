import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const mentions = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-04', language: 'en' }, 'one-mention-shape.test.ts').document).layers.eventMentions;

test('extractEvents gives every event mention the same fields in the same order, those it lacks present as undefined and left out of its JSON', () => {
  // Own sentences: a strike, a demand with the act it asks for (contentOf), an ambush told by two words (otherTriggers).
  const all = [
    ...mentions('Jets struck a market in the town of Saraqeb on Tuesday.'),
    ...mentions('The United Nations called on both sides to halt the fighting around the city.'),
    ...mentions('Militants ambushed a convoy near the border, killing four soldiers.'),
  ];
  assert.ok(all.length >= 3, JSON.stringify(all.map((m) => m.rule)));
  const keys = Object.keys(all[0]);
  for (const m of all) assert.deepEqual(Object.keys(m), keys, m.rule);
  const plain = all.find((m) => m.contentOf === undefined && m.sceneRecipients === undefined && !m.speechAct);
  assert.ok(plain);
  const json = JSON.parse(JSON.stringify(plain)) as Record<string, unknown>;
  for (const field of ['contentOf', 'sceneRecipients', 'speechAct']) assert.equal(field in json, false, field);
});
