import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex, PhraseStarts, type TextWord } from '../../src/lexicons/phrase-index.js';
import { isCapitalWord, isUpperWord, phraseWords, wordKey } from '../../src/lexicons/phrase-words.js';

// Words of one short sentence as textWords makes them (one sentence, offsets one space apart).
function words(sentence: string, sentenceIndex = 0): TextWord[] {
  let at = 0;
  return sentence.split(' ').map((text, i) => {
    const w = { key: wordKey(text), text, start: at, end: at + text.length, token: i, sentence: sentenceIndex, first: i === 0, pos: 'NOUN', upper: isUpperWord(text), capital: isCapitalWord(text) };
    at += text.length + 1;
    return w;
  });
}

function index(...phrases: string[]): PhraseIndex<string> {
  const out = new PhraseIndex<string>();
  for (const p of phrases) out.add(phraseWords(p), p);
  return out;
}

test('PhraseStarts tells where no phrase of its indexes can start, and never misses one that matches', () => {
  const dict = index('the Kremlin', 'Kerry');
  const agents = index('the army', 'rebels');
  const starts = new PhraseStarts([dict, agents]);
  const text = words('the town said the army shelled rebels near the Kremlin as Kerry spoke');
  for (let i = 0; i < text.length; i++) {
    const matches = dict.matchesAt(text, i).length + agents.matchesAt(text, i).length;
    if (matches) assert.ok(starts.mayStartAt(text, i), `a phrase matches at '${text[i].text}'`);
  }
  // 'the' before 'town' starts no phrase: only 'the army' and 'the Kremlin' start with it.
  assert.equal(starts.mayStartAt(text, 0), false);
  assert.equal(starts.mayStartAt(text, 1), false);
  assert.equal(starts.mayStartAt(text, 3), true);
});

test('PhraseStarts reads no second word across a sentence break', () => {
  const starts = new PhraseStarts([index('the army')]);
  const text = [...words('they left the'), ...words('army came', 1)];
  assert.equal(starts.mayStartAt(text, 2), false);
});
