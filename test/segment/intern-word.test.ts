import { test } from 'node:test';
import assert from 'node:assert/strict';
import { internWord } from '../../src/stages/segment/intern-word.js';
import { segmentText } from '../../src/stages/segment/segment.js';

test('internWord returns an equal string, and the same one for words built apart', () => {
  const built = ['Shel', 'led'].join('').toLowerCase();
  assert.equal(internWord(built), 'shelled');
  assert.equal(internWord('shelled'), internWord(built));
  assert.equal(internWord(String(12)), '12');
  assert.equal(internWord('"quoted\\'), '"quoted\\');
});

test('segmentText keeps every token text, lower-case form and lemma equal to the words of the text', () => {
  const text = 'Rebels SHELLED Xyzzyville on Tuesday, killing 12 civilians.';
  const { tokens } = segmentText(text);
  for (const t of tokens) {
    assert.equal(t.text, text.slice(t.start, t.end));
    assert.equal(t.lower, t.text.toLowerCase());
  }
});
