import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "every weekend" and "every hour" as sets', () => {
  const found = times('Crowds gather every weekend, and the bells ring every hour.', '2014-05-02');
  assert.deepEqual([find(found, 'every weekend').type, find(found, 'every weekend').timex], ['SET', 'XXXX-WXX-WE']);
  assert.deepEqual([find(found, 'every hour').type, find(found, 'every hour').timex], ['SET', 'PT1H']);
});
