import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../src/stages/segment/segment.js';

const sentencesOf = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

test('segmentText splits sentences and anchors every token on the original text', () => {
  const text = 'Jets struck Idlib on Monday. Ten people died.';
  assert.deepEqual(sentencesOf(text), ['Jets struck Idlib on Monday.', 'Ten people died.']);
  for (const t of segmentText(text).tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('segmentText ends a sentence at a blank line: headlines and datelines carry no full stop', () => {
  assert.deepEqual(sentencesOf('Air strikes hit Aleppo\n\nJets struck the city on Monday.'), ['Air strikes hit Aleppo', 'Jets struck the city on Monday.']);
});

test('segmentText starts a new sentence at a capitalised discourse word where a scraped text lost its full stop', () => {
  const text = 'Four people were killed by rockets in Aleppo City Meanwhile in Damascus one person was injured.';
  assert.deepEqual(sentencesOf(text), ['Four people were killed by rockets in Aleppo City', 'Meanwhile in Damascus one person was injured.']);
  assert.deepEqual(sentencesOf('Two shells hit the market Later in the evening a car bomb exploded.').length, 2);
  // After punctuation, or in lower case, nothing changes.
  assert.deepEqual(sentencesOf('Rockets hit Aleppo; Meanwhile is the name of the operation.').length, 1);
  assert.deepEqual(sentencesOf('Rockets hit Aleppo and meanwhile Damascus was quiet.').length, 1);
});

test('segmentText anchors each token after runs of spaces, tabs, non-breaking spaces and line breaks on its own text', () => {
  const text = 'Rebels   shelled\tthe town\u00a0of  Idlib.\n\n  \u2003Two  people   died .';
  const { tokens } = segmentText(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.map((t) => t.start), [0, 9, 17, 21, 26, 30, 35, 41, 46, 55, 60]);
});

test('segmentText ends a page\'s tag list ("Tags Syria Aleppo Rebels …") where the lead\'s own sentence begins', () => {
  const sentenceTexts = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
  // The lead opens with a capitalised determiner or number word.
  assert.deepEqual(sentenceTexts('Tags Lebanon Beirut Militias Car Bomb At least nine people were killed near the port on Monday.'),
    ['Tags Lebanon Beirut Militias Car Bomb', 'At least nine people were killed near the port on Monday.']);
  assert.deepEqual(sentenceTexts('Tags Yemen Houthis airstrikes Saada The coalition bombed a market on Friday.'),
    ['Tags Yemen Houthis airstrikes Saada', 'The coalition bombed a market on Friday.']);
  // Or with the capitalised subject right before its verb.
  assert.deepEqual(sentenceTexts('Tags Iraq Mosul Army Drones Jets pounded the old city overnight.'),
    ['Tags Iraq Mosul Army Drones', 'Jets pounded the old city overnight.']);
  // The subject's capitalised head may follow a lower-case tag, and may be two heads joined by 'and'.
  assert.deepEqual(sentenceTexts('Tags Iraq Mosul airstrike aid convoy Iraqi troops pushed into the old city overnight.'),
    ['Tags Iraq Mosul airstrike aid convoy', 'Iraqi troops pushed into the old city overnight.']);
  assert.deepEqual(sentenceTexts('Tags Yemen Saada truce Houthi fighters and Saudi jets exchanged fire on Friday.'),
    ['Tags Yemen Saada truce', 'Houthi fighters and Saudi jets exchanged fire on Friday.']);
  // A list with no sentence after it stays whole, and so does a list whose lead cannot be told apart.
  assert.deepEqual(sentenceTexts('Tags Syria Aleppo ceasefire truce sniper fire'), ['Tags Syria Aleppo ceasefire truce sniper fire']);
  assert.equal(sentenceTexts('Tags Libya Airstrikes in the south of Sirte killed four.').length, 1);
});
