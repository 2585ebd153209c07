import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates counts durations whose number has thousands separators ("2,000 years", "1,000 days")', () => {
  assert.equal(find(times('The well has watered the valley for 2,000 years.', '2004-06-02'), '2,000 years').timex, 'P2000Y');
  assert.equal(find(times('The guild kept its craft for more than 12,000 years.', '2004-06-02'), 'more than 12,000 years').timex, 'P12000Y');
  assert.equal(find(times('The blockade reached 1,000 days in May.', '2004-06-02'), '1,000 days').timex, 'P1000D');
});

test('annotateDates still reads a year said as "two thousand" after "the year"', () => {
  assert.equal(find(times('The road should be done by the year two thousand.', '1998-02-05'), 'the year two thousand').timex, '2000');
});
