import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates takes the time noun a counted adjective measures into the expression ("a three-year period")', () => {
  assert.equal(find(times('The loan is repaid over a three-year period.', '2008-06-02'), 'a three-year period').timex, 'P3Y');
  assert.equal(find(times('The mayor began her two-year term in May.', '2008-06-02'), 'two-year term').timex, 'P2Y');
  // Before any other noun the count stays a modifier on its own.
  assert.equal(find(times('The eight-year war ended.', '2008-06-02'), 'eight-year').timex, 'P8Y');
});
