import { test } from 'node:test';
import assert from 'node:assert/strict';
import { times, find } from './times-of.js';

test('annotateDates keeps an open end in the expression ("2010 or later", "2011 and beyond", "five years or more")', () => {
  const found = times('The mill will not reopen until 2010 or later, though demand should hold for 2011 and beyond.', '2008-06-02');
  assert.equal(find(found, '2010 or later').timex, '2010');
  assert.equal(find(found, '2011 and beyond').timex, '2011');
  assert.equal(find(times('The levees held for five years or more.', '2008-06-02'), 'five years or more').timex, 'P5Y');
  assert.equal(find(times('Rebuilding the dam will take the next two years or so.', '2008-06-02'), 'the next two years or so').timex, 'P2Y');
});

test('annotateDates reads two vague units joined by "or" or "and" as one stretch ("weeks or months")', () => {
  assert.equal(find(times('The drought could last weeks or months.', '2008-06-02'), 'weeks or months').timex, 'PXW');
  assert.equal(find(times('The herds died within weeks or months of the drought.', '2008-06-02'), 'weeks or months').timex, 'PXW');
  assert.equal(find(times('Floods in recent weeks and months ruined the crops.', '2008-06-02'), 'recent weeks and months').timex, 'PAST_REF');
});

test('annotateDates leaves "or" and "and" before other words outside the expression', () => {
  assert.equal(find(times('The mill closed in 2010 or perhaps later.', '2008-06-02'), '2010').timex, '2010');
  assert.equal(find(times('The levees held for five years and more rain fell.', '2008-06-02'), 'five years').timex, 'P5Y');
});

test('annotateDates keeps "around" before a time in the expression, as TimeML\'s approximate mod', () => {
  assert.equal(find(times('The sale of the mill should close around year end.', '2008-06-02'), 'around year end').timex, '2008');
  assert.equal(find(times('The mill opened around 1990.', '2008-06-02'), 'around 1990').timex, '1990');
  // Around a place it stays a preposition.
  assert.deepEqual(times('Troops massed around the town on Friday.', '2008-06-02').map((t) => t.text), ['Friday']);
});
