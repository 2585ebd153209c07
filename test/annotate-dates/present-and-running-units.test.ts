import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "at this critical moment" as the present, leaving "at" outside', () => {
  assert.equal(find(times('The envoy would not travel at this critical moment without a plan.', '2003-05-14'), 'this critical moment').timex, 'PRESENT_REF');
  assert.equal(find(times('At this moment the talks are stalled.', '2003-05-14'), 'this moment').timex, 'PRESENT_REF');
});

test('annotateDates reads "the end of the decade" as the decade running at publication, its end part', () => {
  const found = times('The dam should be finished by the end of the decade.', '2003-05-14');
  assert.deepEqual(found.map((t) => [t.text, t.timex]), [['the end of the decade', '200']]);
  assert.deepEqual(times('Over the decade, crime fell.', '2003-05-14').map((t) => t.text), []);
});
