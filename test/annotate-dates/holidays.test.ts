import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './times-of.js';

test('annotateDates dates a fixed holiday as its day, the year read as for a month and day', () => {
  const found = times('Shelling resumed on Christmas Day after a lull on Christmas Eve. Talks will resume after New Year\'s Day.', '2016-12-28');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['Christmas Day', '2016-12-25'], ['Christmas Eve', '2016-12-24'], ['New Year\'s Day', '2017-01-01']]);
  // Published in January, a past clause's New Year's Eve is the one just gone.
  assert.deepEqual(times('Gunmen attacked a club on New Year\'s Eve.', '2017-01-03').map((t) => t.timex), ['2016-12-31']);
});

test('annotateDates dates a bare "Christmas" only after a preposition of time, not in names ("Christmas Island", "a Christmas truce")', () => {
  assert.deepEqual(times('The army hopes to take the town before Christmas.', '2016-12-01').map((t) => [t.text, t.timex]), [['Christmas', '2016-12-25']]);
  assert.deepEqual(times('Ships reached Christmas Island and a Christmas truce held; new year plans were shelved.', '2016-12-01').map((t) => t.text), []);
});
