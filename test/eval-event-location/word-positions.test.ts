import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordPositions } from '../../src/eval/event-location/word-positions.js';

const words = (text: string) => wordPositions(text).map((w) => text.slice(w.start, w.end));

test('wordPositions splits off punctuation and clitics, and keeps the dots of abbreviations', () => {
  assert.deepEqual(words('In Turkey\'s east, U.S. troops (and Gen. Ali) fired.'), ['In', 'Turkey', "'s", 'east', ',', 'U.S.', 'troops', '(', 'and', 'Gen.', 'Ali', ')', 'fired', '.']);
});

test('wordPositions splits a hyphen between letters, not between digits', () => {
  assert.deepEqual(words('a pro-government 2015-16 push'), ['a', 'pro', '-', 'government', '2015-16', 'push']);
});

test('wordPositions counts leading white space and any run other than one space as a word', () => {
  assert.deepEqual(words('  Troops  left'), ['  ', 'Troops', '  ', 'left']);
});
