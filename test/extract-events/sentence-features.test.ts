import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlain, wordsOf, wordsOfTokens } from '../../src/stages/extract-events/sentence-features.js';
import { segmentText } from '../../src/stages/segment/segment.js';

test('isPlain takes a word of letters a-z alone or of digits alone, as the regex it replaces', () => {
  const regex = /^(?:[a-z]+|\d+)$/;
  for (const word of ['shelled', '2016', 'a', '7', '', 'a1', '1a', 'cease-fire', "kerry's", 'u.s.', 'aïn', 'Town', '٣', '12.5', ' ']) {
    assert.equal(isPlain(word), regex.test(word), word);
  }
});

test('wordsOfTokens reads a sentence\'s tokens as wordsOf reads its text', () => {
  const text = "The rebels' cease-fire held until 2016, when Kerry's U.S.-led talks in Aïn al-Arab broke down.";
  const { tokens } = segmentText(text);
  assert.deepEqual(wordsOfTokens(tokens, 0, tokens.length), wordsOf(text));
});
