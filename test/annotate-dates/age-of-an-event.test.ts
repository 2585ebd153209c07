import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads the age of a lasting event as how long it has lasted ("the 8-month-old ceasefire")', () => {
  const found = times('Raids on the border broke the 8-month-old ceasefire.', '2004-06-02');
  assert.deepEqual([find(found, '8-month-old').type, find(found, '8-month-old').timex], ['DURATION', 'P8M']);
  assert.equal(find(times('Neither side would end the two-year-old civil war.', '2004-06-02'), 'two-year-old').timex, 'P2Y');
});

test('annotateDates still reads no time in the age of a person or a thing', () => {
  assert.deepEqual(times('A 37-year-old farmer sold the 136-year-old mill; he was 40 years old.', '2004-06-02').map((t) => t.text), []);
  assert.deepEqual(times('A 52-year-old strike organiser spoke.', '2004-06-02').map((t) => t.text), []);
});
