import { test } from 'node:test';
import assert from 'node:assert/strict';
import { violentDemonstrations } from '../../src/stages/extract-events/protest-outcome.js';
import type { EventMention } from '../../src/model/event-mention.js';

const mention = (sentence: number, acled: EventMention['acled'], rule: string): EventMention => ({
  trigger: { start: sentence * 100, end: sentence * 100 + 9 }, triggerText: 'protesters', sentence, type: 'PROTEST', mode: 'demo',
  acled, actors: [], recipients: [], clause: { start: sentence * 100, end: sentence * 100 + 90 }, rule, confidence: 0.7,
});

test('violentDemonstrations spreads a riot the text tells (a riot word, stones thrown) to the protest beside it', () => {
  const events = [mention(0, 'Peaceful protest', 'trigger:protest + classifier:PEACE_PROTEST'), mention(1, 'Violent demonstration', 'trigger:protester + riot-cue')];
  violentDemonstrations(events);
  assert.equal(events[0].acled, 'Violent demonstration');
});

test('violentDemonstrations does not spread a riot only the sentence classifier guessed: nothing in the text says anyone rioted', () => {
  const events = [mention(0, 'Peaceful protest', 'trigger:protest + classifier:PEACE_PROTEST'), mention(1, 'Violent demonstration', 'trigger:protester + classifier:VIOL_DEMONSTR')];
  violentDemonstrations(events);
  assert.equal(events[0].acled, 'Peaceful protest');
});
