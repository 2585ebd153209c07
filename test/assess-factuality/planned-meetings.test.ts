import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';
import { findAttributions } from '../../src/stages/annotate-attribution/annotate-attribution.js';
import { judgeFactuality } from '../../src/stages/assess-factuality/assess-factuality.js';
import type { EventMention } from '../../src/model/event-mention.js';
import type { PloverType } from '../../src/model/event-types.js';
import { extract } from '../extract-events/extract-with-actors.js';

function at(text: string, trigger: string, type: PloverType): EventMention {
  const start = text.indexOf(trigger);
  return { trigger: { start, end: start + trigger.length }, triggerText: trigger, sentence: 0, type, actors: [], recipients: [], clause: { start: 0, end: text.length }, rule: 'test', confidence: 1 };
}

function judge(text: string, trigger: string, type: PloverType = 'CONSULT') {
  const { tokens, sentences } = segmentText(text);
  return judgeFactuality([at(text, trigger, type)], tokens, sentences, findAttributions(text, tokens, sentences, []))[0].factuality;
}

test('a meeting whose noun phrase puts it ahead ("the next round of talks", "an upcoming summit") is planned', () => {
  assert.equal(judge('The next round of negotiations will focus on prisoners.', 'negotiations'), 'planned');
  assert.equal(judge('Officials prepared the agenda of an upcoming summit with the neighbours.', 'summit'), 'planned');
});

test('a meeting dated ahead or scheduled after its noun is planned, even when it is later put off', () => {
  assert.equal(judge('The governor invited the elders to talks in the capital next month.', 'talks'), 'planned');
  assert.equal(judge('A meeting between the two ministers, scheduled for Tuesday, has been postponed.', 'meeting'), 'planned');
  assert.equal(judge('Talks set for the weekend were called off.', 'Talks'), 'planned');
});

test('a meeting that is the subject of will or would is planned', () => {
  assert.equal(judge('The ministry said the meeting would take place as arranged.', 'meeting'), 'planned');
});

test('an attack whose noun, with its place after it, is the subject of will or would is still to come', () => {
  assert.equal(judge('A rebel commander said the assault on the northern town would begin within days.', 'assault', 'ASSAULT'), 'planned');
  assert.equal(judge('The push towards the airport will start after the rains, officers said.', 'push', 'ASSAULT'), 'planned');
  // A relative clause or a comma ends the noun phrase: 'which would' speaks of something else.
  assert.notEqual(judge('The raid on the depot, which would later be disputed, killed four guards.', 'raid', 'ASSAULT'), 'planned');
});

test('talks someone is ready for are a promise to meet (AGREE), asserted', () => {
  const events = extract('The prime minister said his cabinet was ready for negotiations with the unions.', [['cabinet', 'XXXGOV', 'government']]);
  const promise = events.find((e) => e.triggerText === 'negotiations');
  assert.equal(promise?.type, 'AGREE', JSON.stringify(events.map((e) => [e.type, e.triggerText])));
});

test('a meeting held, or dated in the past, stays asserted', () => {
  assert.equal(judge('The talks last week ended without a deal.', 'talks'), 'asserted');
  assert.equal(judge('The two ministers held a meeting in the port on Monday.', 'meeting'), 'asserted');
  assert.equal(judge('Fighting next to the airport killed three people.', 'Fighting', 'ASSAULT'), 'asserted');
});

test('a meeting that "is set to", "is due to" or "is scheduled for" happen is planned, past a participle phrase after its noun', () => {
  assert.equal(judge('A meeting of the foreign ministers is set to take place in Geneva on Saturday.', 'meeting'), 'planned');
  assert.equal(judge('Talks between the two sides are due to begin in Oslo next week.', 'Talks'), 'planned');
  assert.equal(judge('A summit hosted by the two presidents is scheduled for next week.', 'summit'), 'planned');
  // Held, the meeting is told as done.
  assert.equal(judge('A meeting of the foreign ministers was held in Geneva on Saturday.', 'meeting'), 'asserted');
  assert.equal(judge('A summit hosted by the two presidents ended without a statement.', 'summit'), 'asserted');
});
