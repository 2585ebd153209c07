import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads bare "past years" as the vague past, as it reads "recent years"', () => {
  const found = times('Floods reached the old mill in past years, and in recent years the river rose again.', '2004-06-02');
  assert.deepEqual([find(found, 'past years').type, find(found, 'past years').timex], ['DATE', 'PAST_REF']);
  assert.equal(find(found, 'recent years').timex, 'PAST_REF');
  // With its article and a count it is a stretch reaching to now, a duration.
  assert.equal(find(times('Prices doubled over the past years.', '2004-06-02'), 'the past years').timex, 'PXY');
  assert.equal(find(times('Prices doubled over the past two years.', '2004-06-02'), 'the past two years').timex, 'P2Y');
  assert.equal(find(times('In past decades the square held a market.', '2004-06-02'), 'past decades').timex, 'PAST_REF');
});
