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

test('nameKey makes the English and the GeoNames spellings of the nouns that begin Arab place names meet', () => {
  assert.equal(nameKey('Tel Tamer'), nameKey('Tall Tamer'));
  assert.equal(nameKey('Tell Abyad'), nameKey('Tall Abyaḑ'));
  assert.equal(nameKey('Deir Hafer'), nameKey('Dayr Hafer'));
  assert.equal(nameKey('Kfar Nabl'), nameKey('Kafr Nabl'));
  assert.equal(nameKey('Beit Jala'), nameKey('Bayt Jālā'));
  assert.equal(nameKey("Ras al-Ain"), nameKey('Ra’s al ‘Ayn'));
  assert.equal(nameKey('Sheikh Maqsoud'), nameKey('Shaykh Maqsoud'));
});

test('nameKey respells such a noun only inside a name of two words or more', () => {
  assert.equal(nameKey('Tell'), 'tel');
  assert.equal(nameKey('Ain'), 'ain');
  assert.notEqual(nameKey('Telford'), nameKey('Tallford'));
});
