import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "the quarter ended <date>" as the calendar quarter most of its three months fall in', () => {
  const found = times('The miller earned $4 million for the quarter ended June 30, up from $3 million.', '2004-08-02');
  assert.deepEqual([find(found, 'the quarter').type, find(found, 'the quarter').timex], ['DATE', '2004-Q2']);
  assert.equal(find(found, 'June 30').timex, '2004-06-30');
  // A quarter closing at the end of April ran from February: mostly the first calendar quarter.
  assert.equal(find(times('In the fiscal quarter ending April 30, sales of flour slipped.', '2004-08-02'), 'the fiscal quarter').timex, '2004-Q1');
});

test('annotateDates still counts "a year earlier" from the date that closes a quarter', () => {
  const found = times('Sales of bread rose in the quarter ended Sept. 30 from a year earlier.', '2004-10-20');
  assert.equal(find(found, 'the quarter').timex, '2004-Q3');
  assert.equal(find(found, 'a year earlier').timex, '2003-09-30');
});

test('annotateDates leaves "the quarter ended" with no closing date to no time', () => {
  assert.ok(!times('The quarter ended badly for the bakers.', '2004-10-20').some((t) => /quarter/.test(t.text)));
});
