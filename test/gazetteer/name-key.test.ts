import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, isLatinName } from '../../src/gazetteer/name-key.js';

test('nameKey makes spellings of one name meet: hyphens, spaces, case, accents and doubled letters', () => {
  assert.equal(nameKey('Deir ezzor'), nameKey('Deir ez-Zor'));
  assert.equal(nameKey('DEIR EZ ZOR'), nameKey('Deir ez-Zor'));
  assert.equal(nameKey('Raqqa'), nameKey('Raqa'));
  assert.equal(nameKey('Türkiye'), 'turkiye');
  assert.equal(nameKey('W.Va.'), 'wva');
});

test('nameKey keeps different names apart', () => {
  assert.notEqual(nameKey('Idlib'), nameKey('Aleppo'));
  assert.notEqual(nameKey('Deir al-Zour'), nameKey('Deir ez-Zor'));
});

test('isLatinName keeps Latin-script names and drops other scripts', () => {
  assert.equal(isLatinName('Sant Julià de Lòria'), true);
  assert.equal(isLatinName('Эл Тартер'), false);
  assert.equal(isLatinName('圣胡利娅'), false);
});
