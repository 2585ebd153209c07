import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

// 2015-02-23 is a Monday: the calendar week before it runs from 16 to 22 February.
const days = (text: string, words: string) => {
  const value = find(times(text, '2015-02-23'), words).value;
  return [value?.start, value?.end];
};

test('annotateDates reads "a week ago" as the days around the count, not the whole calendar week', () => {
  assert.deepEqual(days('The convoy was stopped at the checkpoint a week ago.', 'a week ago'), ['2015-02-14', '2015-02-18']);
});

test('annotateDates reads "nearly a week ago" as falling short of the count, never the last days of the week before', () => {
  assert.deepEqual(days('Gunmen seized the mayor nearly a week ago.', 'nearly a week ago'), ['2015-02-16', '2015-02-18']);
});

test('annotateDates reads "more than two weeks ago" as going past the count', () => {
  assert.deepEqual(days('The bridge was blown up more than two weeks ago.', 'more than two weeks ago'), ['2015-02-06', '2015-02-09']);
});

test('annotateDates keeps the calendar week as the TimeML value of "a week ago"', () => {
  assert.equal(find(times('The convoy was stopped a week ago.', '2015-02-23'), 'a week ago').timex, '2015-W08');
});
