import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "Hours later" as the day last stated (the story has moved on by hours, not days)', () => {
  const found = times('Rebels fired two missiles at a ship late on Tuesday. Hours later, jets struck radar sites near the port.', '2024-02-14');
  assert.equal(find(found, 'Hours later').timex, '2024-02-13');
  assert.equal(find(times('The council voted on Friday. Minutes later, the envoy left the room.', '2024-02-14'), 'Minutes later').timex, '2024-02-09');
});

test('annotateDates leaves "hours later" out when no day was stated before it', () => {
  assert.ok(!times('Hours later, jets struck radar sites near the port.', '2024-02-14').some((t) => /later/i.test(t.text)));
});

test('annotateDates reads "Hours later" on the story\'s latest day, not an older act\'s date told just before it', () => {
  const found = times('The leaders met on Thursday. They condemned the missile launch on Monday. Hours later, the envoy dismissed the offer.', '2023-10-27');
  assert.equal(find(found, 'Hours later').timex, '2023-10-26');
});

test('annotateDates does not read "Hours later" on a dateline\'s date, which dates the filing', () => {
  const found = times('SEOUL, Oct 27 (Reuters) - The leaders met on Thursday. Hours later, the envoy dismissed the offer.', '2023-10-27');
  assert.equal(find(found, 'Hours later').timex, '2023-10-26');
});
