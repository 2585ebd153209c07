import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTabariActors, tabariDate } from '../../src/scripts/parse-tabari-actors.js';
import { displayName, isCountryAlias } from '../../src/scripts/actor-dictionary-rules.js';

const sample = `# Ministers
JANE_ROE_  # CountryInfo.txt
+J._ROE
+MINISTER_ROE
\t[ABCGOV 990101-050630] # Interior Minister
\t[ABCGOV >20100101]
# Groups
FIRST_GROUP
SECOND_GROUP
\t[ABCREB]
NEWS_DAILY [ABCMED]
`;

test('parseTabariActors reads names, aliases and dated codes', () => {
  const [roe] = parseTabariActors(sample);
  assert.equal(roe.name, 'JANE_ROE_');
  assert.deepEqual(roe.aliases, ['J._ROE', 'MINISTER_ROE']);
  assert.deepEqual(roe.codes.map((c) => [c.code, c.from, c.to]), [['ABCGOV', '1999-01-01', '2005-06-30'], ['ABCGOV', '2010-01-01', undefined]]);
  assert.equal(roe.codes[0].comment, 'Interior Minister');
});

test('parseTabariActors gives uncoded names the code line that follows them', () => {
  const entries = parseTabariActors(sample);
  assert.deepEqual(entries.filter((e) => e.codes[0].code === 'ABCREB').map((e) => e.name), ['FIRST_GROUP', 'SECOND_GROUP']);
  assert.equal(entries.find((e) => e.name === 'NEWS_DAILY')?.codes[0].code, 'ABCMED');
});

test('tabariDate reads two- and four-digit years', () => {
  assert.equal(tabariDate('850103'), '1985-01-03');
  assert.equal(tabariDate('130201'), '2013-02-01');
  assert.equal(tabariDate('20040309'), '2004-03-09');
});

test('displayName keeps acronyms in capitals and title-cases names', () => {
  assert.equal(displayName('SERGEY_V._LAVROV_'), 'Sergey V. Lavrov');
  assert.equal(displayName('PKK'), 'PKK');
  assert.equal(displayName('IRAN'), 'Iran');
});

test('isCountryAlias keeps spellings of a country and drops its cities', () => {
  const syria = { iso2: 'SY', code: 'SYR', name: 'Syria', names: ['Syria', 'Syrian Arab Republic'], capitals: ['Damascus'], demonym: 'Syrian' };
  assert.equal(isCountryAlias('Syrie', syria), true);
  assert.equal(isCountryAlias('Homs', syria), false);
  assert.equal(isCountryAlias('Syrian', syria), false);
});
