import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "at this critical moment" as the present, leaving "at" outside', () => {
  assert.equal(find(times('The envoy would not travel at this critical moment without a plan.', '2003-05-14'), 'this critical moment').timex, 'PRESENT_REF');
  assert.equal(find(times('At this moment the talks are stalled.', '2003-05-14'), 'this moment').timex, 'PRESENT_REF');
});
