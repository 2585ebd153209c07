import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorLocation } from '../../src/eval/event-location/evaluate-event-location.js';

const at = (text: string, span: { start: number; end: number }) => {
  const a = anchorLocation(text, span);
  return a && { text: text.slice(a.span.start, a.span.end), reanchored: a.reanchored };
};

test('anchorLocation keeps a character span that covers whole words', () => {
  const text = 'Shelling hit a trolleybus in Donetsk on Thursday.';
  assert.deepEqual(at(text, { start: 29, end: 36 }), { text: 'Donetsk', reanchored: false });
});

test('anchorLocation reads an empty or word-cutting span as word positions', () => {
  assert.deepEqual(at('In the neighboring province of Ingushetia, federal troops clashed.', { start: 5, end: 5 }), { text: 'Ingushetia', reanchored: true });
  assert.deepEqual(at('The blast and ensuing fire Saturday in Lucciana, in upper Corsica, destroyed eight buildings.', { start: 7, end: 8 }), { text: 'Lucciana', reanchored: true });
});

test('anchorLocation steps back one word from a lower-case word that follows a capitalised one', () => {
  assert.deepEqual(at('The gunman shot himself, just like the other school shooting in Finland last year.', { start: 12, end: 12 }), { text: 'Finland', reanchored: true });
});

test('anchorLocation gives up past the last word', () => {
  assert.equal(anchorLocation('Too short.', { start: 9, end: 9 }), undefined);
});
