import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "year-long" and "week-long" as a duration of one unit, "months-long" as an unknown number', () => {
  const found = times('The year-long siege and a week-long offensive followed months-long talks; a decade-long feud ended.', '2014-05-02');
  assert.deepEqual(['year-long', 'week-long', 'months-long', 'decade-long'].map((t) => [find(found, t).type, find(found, t).timex]), [
    ['DURATION', 'P1Y'], ['DURATION', 'P1W'], ['DURATION', 'PXM'], ['DURATION', 'P10Y'],
  ]);
  assert.equal(find(times('A 10-year-long war ended.', '2014-05-02'), '10-year-long').timex, 'P10Y');
  // "all day long" is not a modifier of length.
  assert.ok(!times('They fought all day long.', '2014-05-02').some((t) => /long/.test(t.text)));
});
