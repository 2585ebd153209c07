import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads a season "of last year" or "of next year" as one expression in that year', () => {
  const found = times('The dam burst in the spring of last year, and repairs will end in the autumn of next year.', '2006-03-20');
  assert.equal(find(found, 'the spring of last year').timex, '2005-SP');
  assert.equal(find(found, 'the autumn of next year').timex, '2007-FA');
  assert.ok(!found.some((t) => t.text === 'last year'));
});

test('annotateDates reads "the next morning" and "the previous night" against the day under discussion', () => {
  const found = times('The convoy reached the border on Tuesday. The next morning, guards opened the gate.', '2006-03-24');
  assert.deepEqual([find(found, 'The next morning').type, find(found, 'The next morning').timex], ['TIME', '2006-03-22TMO']);
  assert.equal(find(times('The convoy reached the border on Tuesday; the previous night, shells had fallen nearby.', '2006-03-24'), 'the previous night').timex, '2006-03-20TNI');
});

test('annotateDates reads "some day" as the vague future, as "someday", not a stretch of days', () => {
  const found = times('Some day the refugees will return; they waited for some days at the crossing.', '2006-03-24');
  assert.deepEqual([find(found, 'Some day').type, find(found, 'Some day').timex], ['DATE', 'FUTURE_REF']);
  assert.equal(find(found, 'some days').timex, 'PXD');
  assert.ok(!times('It happened some day last week.', '2006-03-24').some((t) => t.text === 'some day'));
});

test('annotateDates reads "the week before last" as two weeks back from now, not the week before the one discussed', () => {
  const found = times('The militia withdrew the week before last, and the month before last it had shelled the port.', '2006-03-22');
  assert.equal(find(found, 'the week before last').timex, '2006-W10');
  assert.equal(find(found, 'the month before last').timex, '2006-01');
});

test('annotateDates keeps "the week before" the week before the one discussed when "last" begins a later date', () => {
  const found = times('The envoy arrived on March 8; the week before last Friday\'s vote he had met the rebels.', '2006-03-22');
  assert.equal(find(found, 'the week before').timex, '2006-W09');
});

test('annotateDates reads "the latter half of 1997" as its second half', () => {
  const found = times('Aid deliveries fell in the latter half of 1997 and rose in the latter half of the year.', '1998-06-02');
  assert.equal(find(found, 'the latter half of 1997').timex, '1997-H2');
  assert.equal(find(found, 'the latter half of the year').timex, '1997-H2');
});
