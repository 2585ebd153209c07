import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times } from './times-of.js';

test('annotateDates reads a four-digit number just before a numeric date ("1735 15.04.2017") as that day\'s clock time, never a year', () => {
  const found = times('World News 1735 15.04.2017(updated 2033 15.04.2017) A bomb went off near the market.', '2017-04-15');
  assert.ok(!found.some((t) => t.timex === '1735' || t.timex === '2033'), JSON.stringify(found.map((t) => [t.text, t.timex])));
  // A year before a day-month date is still a year where nothing else reads it: 'in 2015 14 people died'.
  assert.ok(times('The dam was finished in 1998 and reopened in 2015.', '2017-04-15').some((t) => t.timex === '1998'));
});
