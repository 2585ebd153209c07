import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "the full year" as the year being reported, never a target year named before it', () => {
  // A year after publication, named as a goal, is not the year whose results are reported.
  const found = times('The brewer hopes to sell a million barrels by 2021. It forecast higher profit for the full year.', '2017-09-12');
  assert.equal(find(found, 'the full year').timex, '2017');
  // The quarter reported, or a past year under discussion, still gives its year.
  assert.equal(find(times('Profit rose in the third quarter of 2015; for the full year it fell.', '2017-09-12'), 'the full year').timex, '2015');
  assert.equal(find(times('The mill closed in 2014. Output for the full year fell by half.', '2017-09-12'), 'the full year').timex, '2014');
});
