import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates counts "the following Monday" from the day under discussion, as "the previous Friday"', () => {
  const found = times('The dam burst on March 3. On the following Monday the engineers returned.', '2016-07-28');
  assert.equal(find(found, 'the following Monday').timex, '2016-03-07');
});

test('annotateDates counts "two days later" from the last day stated, even when a week was named since', () => {
  const found = times('The dam burst on March 3. That week, the river rose. Two days later the town was evacuated.', '2016-07-28');
  assert.equal(find(found, 'Two days later').timex, '2016-03-05');
});
