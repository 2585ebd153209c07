import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

// A report compares a quarter's figure with "$3 million last year": the same quarter a year back, as "a year ago" is.
test('annotateDates reads "last year" beside a compared amount as the quarter under discussion a year back', () => {
  const found = times('In the second quarter the brewer earned $8 million, against a loss of $2 million last year. Revenue rose 9% from last year\'s $40 million.', '2004-08-05');
  assert.deepEqual(found.filter((t) => /last year/i.test(t.text)).map((t) => t.timex), ['2003-Q2', '2003-Q2']);
});

test('annotateDates keeps "last year" the whole year when no quarter is under discussion or no amount is compared', () => {
  assert.equal(find(times('Exports fell to $9 billion last year.', '2004-08-05'), 'last year').timex, '2003');
  const found = times('In the second quarter the brewer earned $8 million. Last year it sold two plants.', '2004-08-05');
  assert.equal(find(found, 'Last year').timex, '2003');
});

// Segment reports run on for paragraphs about one quarter: it stays the one compared until another date is stated.
test('annotateDates compares "a year ago" with the quarter under discussion however far back it was named, until another date is stated', () => {
  const segments = ' The chemicals unit led the gains, helped by strong demand for pigments and by higher selling prices.'.repeat(8);
  const found = times(`The group's profit rose 12% in the third quarter.${segments} The oil unit was helped by crude prices higher than a year ago.`, '2005-10-27');
  assert.equal(find(found, 'a year ago').timex, '2004-Q3');
  const dated = times(`The group's profit rose 12% in the third quarter. Its shares fell on Monday.${segments} The oil unit was helped by crude prices higher than a year ago.`, '2005-10-27');
  assert.equal(find(dated, 'a year ago').timex, '2004');
});
