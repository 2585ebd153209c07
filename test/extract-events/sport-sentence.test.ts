import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSportSentence } from '../../src/stages/extract-events/sport-sentence.js';
import { segmentText } from '../../src/stages/segment/segment.js';

const sport = (text: string) => {
  const { tokens } = segmentText(text);
  return isSportSentence(tokens, { tokenStart: 0, tokenEnd: tokens.length });
};

test('isSportSentence needs two cues of sport: its words, or a score written whole or spaced', () => {
  assert.equal(sport('The home team attacked down the left and scored twice.'), true);
  assert.equal(sport('Jordan beat Oman 3-0 in a friendly.'), true);
  assert.equal(sport('Jordan beat Oman 3 - 0 in the Olympic qualifier.'), true);
  assert.equal(sport('Militants attacked a police post near the stadium.'), false);
  assert.equal(sport('Gunmen killed 12 people in 2 attacks on the town.'), false);
});
