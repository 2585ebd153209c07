import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

// Saturday 13 May 2023: the coming Sunday is the 14th, the one gone the 7th.
const SATURDAY = '2023-05-13';

test('annotateDates puts a weekday ahead when the act is "due to" happen then', () => {
  assert.equal(find(times('The two envoys are due to meet in Vienna on Sunday for talks.', SATURDAY), 'Sunday').timex, '2023-05-14');
  assert.equal(find(times('The delegation is due to arrive on Monday.', SATURDAY), 'Monday').timex, '2023-05-15');
});

test('annotateDates leaves a weekday in the past when the act was due then ("were due to meet on Sunday")', () => {
  assert.equal(find(times('The envoys were due to meet on Friday but the talks collapsed.', SATURDAY), 'Friday').timex, '2023-05-12');
});

test('annotateDates puts a weekday ahead after a bare "scheduled for" ("talks, scheduled for Monday, were postponed")', () => {
  assert.equal(find(times('A round of talks, mediated by the church and scheduled for Monday in the capital, has been postponed.', SATURDAY), 'Monday').timex, '2023-05-15');
});

test('annotateDates keeps a weekday in the past after "was scheduled for" with a past act', () => {
  assert.equal(find(times('The vote was held on Thursday.', SATURDAY), 'Thursday').timex, '2023-05-11');
});

test('annotateDates reads the tense of the clause, not of a participle that describes a noun after the date ("meet on Sunday for talks hosted by …")', () => {
  assert.equal(find(times('The foreign ministers are due to meet in Brussels on Sunday for talks hosted by the council president.', SATURDAY), 'Sunday').timex, '2023-05-14');
});
