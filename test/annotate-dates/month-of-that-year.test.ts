import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates reads "November of that year" in the year last stated, not the year before publication', () => {
  const found = times('The two countries fought a six-week war in 2020 that ended with a ceasefire in November of that year.', '2023-05-13');
  assert.equal(find(found, 'November of that year').timex, '2020-11');
});

test('annotateDates counts "March of the following year" and "the previous year" from the year last stated', () => {
  assert.equal(find(times('The war broke out in 2014. In March of the following year, talks began.', '2023-05-13'), 'March of the following year').timex, '2015-03');
  assert.equal(find(times('The accord was signed in 2016, after a truce in June of the previous year.', '2023-05-13'), 'June of the previous year').timex, '2015-06');
});

test('annotateDates reads "12 May of the same year" as that day of the year last stated', () => {
  assert.equal(find(times('Rebels seized the town in 2019 and lost it on 12 May of the same year.', '2023-05-13'), '12 May of the same year').timex, '2019-05-12');
});
