import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "one day" between a subject and its verb as someday, not as a day long', () => {
  const found = times('The farmers hope they one day return to the valley.', '2004-06-02');
  assert.deepEqual([find(found, 'one day').type, find(found, 'one day').timex], ['DATE', 'FUTURE_REF']);
  // Counting, it stays a day long.
  assert.equal(find(times('The strike lasted one day.', '2004-06-02'), 'one day').timex, 'P1D');
});
