import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanWords } from '../../src/stages/count-casualties/scan-words.js';
import { parseNumber } from '../../src/stages/count-casualties/parse-number.js';

function read(text: string): number | undefined {
  return parseNumber(scanWords(text, 0, text.length), 0)?.value;
}

test('parseNumber reads digits with thousands separators', () => {
  assert.equal(read('400,000 people'), 400000);
  assert.equal(read('1300 people'), 1300);
});

test('parseNumber reads numbers in words, hyphenated tens and scales', () => {
  assert.equal(read('three'), 3);
  assert.equal(read('twenty-five'), 25);
  assert.equal(read('two hundred and fifty'), 250);
  assert.equal(read('a dozen'), 12);
  assert.equal(read('a hundred'), 100);
  assert.equal(read('1.5 million'), 1500000);
});

test('parseNumber gives nothing for ordinals, decimals and words that are not numbers', () => {
  assert.equal(read('3rd brigade'), undefined);
  assert.equal(read('2.5 tons'), undefined);
  assert.equal(read('several'), undefined);
  assert.equal(read('a commander'), undefined);
});

test('parseNumber reads what follows "a hundred" or "one hundred" ("one hundred and twenty", "a thousand two hundred")', () => {
  assert.equal(read('one hundred and twenty people'), 120);
  assert.equal(read('a hundred and five people'), 105);
  assert.equal(read('one thousand two hundred people'), 1200);
  assert.equal(read('one hundred people'), 100);
  assert.equal(read('a dozen people'), 12);
});
