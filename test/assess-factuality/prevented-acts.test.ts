import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findAttributions } from '../../src/stages/annotate-attribution/annotate-attribution.js';
import { judgeFactuality } from '../../src/stages/assess-factuality/assess-factuality.js';
import type { EventMention } from '../../src/model/event-mention.js';
import type { PloverType } from '../../src/model/event-types.js';

function judge(text: string, trigger: string, type: PloverType = 'ASSAULT') {
  const start = text.indexOf(trigger);
  const mention: EventMention = { trigger: { start, end: start + trigger.length }, triggerText: trigger, sentence: 0, type, actors: [], recipients: [], clause: { start: 0, end: text.length }, rule: 'test', confidence: 1 };
  const { tokens, sentences } = segmentText(text);
  return judgeFactuality([mention], tokens, sentences, findAttributions(text, tokens, sentences, []))[0].factuality;
}

test('an act foiled or thwarted did not happen: it stays a plan', () => {
  assert.equal(judge('Border guards foiled a plot to bomb the bridge.', 'bomb'), 'planned');
  assert.equal(judge('Border guards thwarted an attack on the bridge.', 'attack'), 'planned');
});

test('an act stopped before it happened is not asserted, but one repelled did happen', () => {
  assert.notEqual(judge('Police detained the man before he could attack the shrine.', 'attack'), 'asserted');
  assert.equal(judge('Soldiers repelled an attack on the bridge.', 'attack'), 'asserted');
});

test('an act someone must do is demanded, not done: "Action must be taken to stop the attacks", "the rebels must leave the town"', () => {
  assert.equal(judge('Action must be taken to stop the attacks on the town.', 'stop the attacks', 'RETREAT'), 'requested');
  assert.equal(judge('The council said the rebels must leave the town within a week.', 'leave', 'RETREAT'), 'requested');
  // An act told beside an obligation, in a clause of its own, stays told.
  assert.equal(judge('Jets struck the town on Monday; the rebels must now decide.', 'struck'), 'asserted');
});
