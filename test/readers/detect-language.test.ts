import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/readers/detect-language.js';

test('detectLanguage recognises English news prose by its function words', () => {
  const guess = detectLanguage('Sixteen people were killed on Tuesday when an air strike hit a market in the town, local officials said.');
  assert.equal(guess.language, 'en');
});

test('detectLanguage tells Latin-script languages apart by their function words', () => {
  assert.equal(detectLanguage('Seize personnes ont été tuées mardi dans le nord de la ville, selon les autorités locales.').language, 'fr');
  assert.equal(detectLanguage('Dieciséis personas murieron el martes en el norte de la ciudad, según las autoridades locales y los testigos.').language, 'es');
  assert.equal(detectLanguage('Sechzehn Menschen wurden am Dienstag getötet, als ein Luftangriff einen Markt in der Stadt traf, sagte die Polizei.').language, 'de');
});

test('detectLanguage recognises Arabic, Persian, Russian, Ukrainian, Chinese and Japanese by script', () => {
  assert.equal(detectLanguage('قتل ستة عشر شخصا يوم الثلاثاء في غارة جوية على سوق في المدينة').language, 'ar');
  assert.equal(detectLanguage('شانزده نفر روز سه شنبه در حمله هوایی به یک بازار کشته شدند و پلیس گفت').language, 'fa');
  assert.equal(detectLanguage('Шестнадцать человек погибли во вторник в результате авиаудара по рынку').language, 'ru');
  assert.equal(detectLanguage('Шістнадцять людей загинули у вівторок внаслідок авіаудару по ринку').language, 'uk');
  assert.equal(detectLanguage('星期二，一次空袭击中了该市的一个市场，造成十六人死亡。').language, 'zh');
  assert.equal(detectLanguage('火曜日、市内の市場が空爆され、16人が死亡した。').language, 'ja');
});

test('detectLanguage says und when the text is too short or gives no sign', () => {
  assert.equal(detectLanguage('Aleppo, Idlib, Homs').language, 'und');
  assert.equal(detectLanguage('12 345 678 -- 2016').language, 'und');
});
