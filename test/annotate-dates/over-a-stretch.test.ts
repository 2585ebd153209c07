import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates leaves "over" outside a duration when it is the preposition of the stretch', () => {
  assert.equal(find(times('The orchard grew slowly over several years.', '2004-06-02'), 'several years').timex, 'PXY');
  assert.equal(find(times('The loan will be repaid over three years.', '2004-06-02'), 'three years').timex, 'P3Y');
  assert.equal(find(times('Over two days, the valley flooded twice.', '2004-06-02'), 'two days').timex, 'P2D');
});

test('annotateDates keeps "over" in a duration where a length is expected: then it means "more than"', () => {
  assert.equal(find(times('The hearing lasted over a week.', '2004-06-02'), 'over a week').timex, 'P1W');
  assert.equal(find(times('The bridge was shut for over a year.', '2004-06-02'), 'over a year').timex, 'P1Y');
  assert.equal(find(times('The repairs took over three months.', '2004-06-02'), 'over three months').timex, 'P3M');
});
