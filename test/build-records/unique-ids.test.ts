import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uniqueIds } from '../../src/stages/build-records/unique-ids.js';
import type { EventRecord } from '../../src/model/event-record.js';

test('uniqueIds numbers the second and later records of one trigger and leaves the others alone', () => {
  const records = ['ev_a_10', 'ev_a_10', 'ev_a_30', 'ev_a_10'].map((id) => ({ id }) as EventRecord);
  assert.deepEqual(uniqueIds(records).map((r) => r.id), ['ev_a_10', 'ev_a_10_2', 'ev_a_30', 'ev_a_10_3']);
});
