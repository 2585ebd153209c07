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

test('anchorLocation counts punctuation as a word of its own', () => {
  assert.deepEqual(at('The gunman shot himself, just like the other school shooting in Finland last year.', { start: 12, end: 12 }), { text: 'Finland', reanchored: true });
});

test('anchorLocation counts clitics, hyphens between letters and extra white space as words, as the annotation tool did', () => {
  // On0 Monday1 's2 raid3 in4 pro5 -6 rebel7 Idlib8
  assert.deepEqual(at("On Monday's raid in pro-rebel Idlib, troops fired.", { start: 8, end: 8 }), { text: 'Idlib', reanchored: true });
  // ' '0 Troops1 patrolled2 the3 ' '4 streets5 of6 Kabul7
  assert.deepEqual(at('  Troops patrolled the  streets of Kabul.', { start: 7, end: 7 }), { text: 'Kabul', reanchored: true });
  // Rebels0 entered1 "2 Tal3 Abyad4 "5
  assert.deepEqual(at('Rebels entered "Tal Abyad" at dawn.', { start: 3, end: 5 }), { text: 'Tal Abyad', reanchored: true });
});

test('anchorLocation gives up past the last word', () => {
  assert.equal(anchorLocation('Too short.', { start: 9, end: 9 }), undefined);
});
