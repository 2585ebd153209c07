import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "this coming Sunday, March 8" as one expression: both parts name the same day', () => {
  const found = times('The parade is this coming Sunday, March 8, in the old town.', '1998-03-05');
  assert.equal(find(found, 'this coming Sunday, March 8').timex, '1998-03-08');
  assert.equal(found.length, 1);
  assert.equal(find(times('They met this past Friday, March 6.', '1998-03-09'), 'this past Friday, March 6').timex, '1998-03-06');
});

