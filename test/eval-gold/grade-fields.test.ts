import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsMatch } from '../../src/eval/gold/grade-actors.js';
import { timeMatches } from '../../src/eval/gold/grade-time.js';
import { placeMatches } from '../../src/eval/gold/grade-place.js';
import { figuresMatch } from '../../src/eval/gold/grade-fatalities.js';
import { attributionMatches } from '../../src/eval/gold/grade-attribution.js';
import { normalizeName } from '../../src/eval/gold/normalize-name.js';
import { actor, unresolved, ALEPPO, SYRIA, MOSCOW } from './record-fixture.js';
import type { PlaceRef } from '../../src/model/place.js';

const time = (start: string, end: string) => ({ start, end, precision: 'range' as const, inferred: [], evidence: { start: 0, end: 1 } });
const fig = (low: number, high: number | null) => ({ low, best: low, high, text: String(low), evidence: { start: 0, end: 1 } });

test('actors match when every reference actor has its own sitrep actor with an accepted code', () => {
  const kerry = { code: 'USAGOV', accept: ['USA', 'USAGOV'] };
  const lavrov = { code: 'RUSGOV', accept: ['RUS', 'RUSGOV'] };
  assert.equal(actorsMatch([actor('USAGOV'), actor('RUS')], [kerry, lavrov]), true);
  assert.equal(actorsMatch([actor('USAGOV')], [kerry, lavrov]), false, 'Lavrov has no sitrep actor');
  assert.equal(actorsMatch([actor('USAGOV'), actor('SYRMIL')], [kerry]), false, 'an extra coded actor is not acceptable');
  assert.equal(actorsMatch([actor('USAGOV'), actor('USA')], [kerry]), true, 'a second mention of the same actor is fine');
});

test('actors: null in accept lets a reference actor go without, and an empty reference allows only unresolved mentions', () => {
  assert.equal(actorsMatch([], [{ code: null, accept: ['SYR', null] }]), true);
  assert.equal(actorsMatch([unresolved('gunmen')], []), true);
  assert.equal(actorsMatch([actor('TURMIL')], []), false);
});

test('time matches when sitrep interval lies inside the reference or an accepted range', () => {
  assert.equal(timeMatches(time('2016-07-14', '2016-07-15'), { start: '2016-07-14', end: '2016-07-26' }), true);
  assert.equal(timeMatches(time('2016-07-13', '2016-07-15'), { start: '2016-07-14', end: '2016-07-26' }), false);
  assert.equal(timeMatches(time('2016-07-14', '2016-07-14'), { start: '2016-07-13', end: '2016-07-13', accept: ['2016-07-14'] }), true);
  assert.equal(timeMatches(undefined, { start: '2016-07-13', end: '2016-07-13' }), false, 'a reference time needs one from sitrep');
  assert.equal(timeMatches(undefined, { start: null, end: null }), true);
  assert.equal(timeMatches(time('2016-01-01', '2016-01-02'), { start: null, end: '2016-10-05' }), true, 'no start: an interval ending by the end is fine');
  assert.equal(timeMatches(time('2016-07-01', '2016-07-02'), { start: '2016-08-01', end: '2016-08-10', accept_range: [['2016-06-01', '2016-07-31']] }), true);
});

test('place matches within 25 km, inside a country-level reference, or an accepted place; a null where allows none', () => {
  assert.equal(placeMatches(ALEPPO, { name: 'Aleppo', country: 'SY', precision: 'city', lat: 36.2, lon: 37.16 }), true);
  assert.equal(placeMatches(MOSCOW, { name: 'Aleppo', country: 'SY', precision: 'city', lat: 36.2, lon: 37.16 }), false);
  assert.equal(placeMatches(ALEPPO, { name: 'Syria', country: 'SY', precision: 'country' }), true);
  assert.equal(placeMatches(SYRIA, { name: 'Aleppo', country: 'SY', precision: 'city', lat: 36.2, lon: 37.16, accept: [{ name: 'Syria', precision: 'country' }] }), true);
  assert.equal(placeMatches(ALEPPO, { name: 'Aleppo', country: 'SY', precision: 'province' }), true, 'a town inside the province');
  assert.equal(placeMatches(undefined, null), true);
  assert.equal(placeMatches(MOSCOW, null), false);
  assert.equal(placeMatches(MOSCOW, null, [{ name: 'Moscow', country: 'RU', precision: 'city' }]), true);
});

test('names compare without case, accents, punctuation or Arabic articles', () => {
  assert.equal(normalizeName('Deir al-Zour'), normalizeName('Deir Zour'));
  assert.equal(normalizeName('Ḥalab'), normalizeName('halab'));
});

test('figures match exactly per category, open highs only by open highs, accept_as and subsets honoured', () => {
  assert.equal(figuresMatch({ civilian: [fig(19, null)], children: [fig(3, null)] }, { civilian: { low: 19, high: null }, children: { low: 3, high: null } }), true);
  assert.equal(figuresMatch({ civilian: [fig(19, 19)] }, { civilian: { low: 19, high: null } }), false, 'a closed high is not an open one');
  assert.equal(figuresMatch({ civilian: [fig(19, null)] }, { civilian: { low: 19, high: null }, children: { low: 3, high: null } }), false, 'a stated subset must be given');
  assert.equal(figuresMatch({ civilian: [fig(12, null)] }, { unspecified: { low: 12, high: null }, accept_as: ['civilian'] }), true);
  assert.equal(figuresMatch({ civilian: [fig(5, 5)] }, { civilian: null }), false, 'no number stated: none may be given');
  assert.equal(figuresMatch({ unspecified: [fig(2, 2)] }, { fighters: { low: 2, high: 2, accept_as: ['unspecified'] } }), true, 'accept_as inside one category serves that figure');
  assert.equal(figuresMatch({ fighters: [fig(2, 2)], unspecified: [fig(1, 1)] }, { fighters: { low: 2, high: 2, accept_as: ['unspecified'] }, civilian: { low: 1, high: 1 } }), false, '… and no other');
  assert.equal(figuresMatch(undefined, undefined), true);
});

test('attribution chains are completed with the via chain of their outermost source', () => {
  const sources = [
    { id: 's1', name: 'Izvestia' },
    { id: 's2', name: 'a source familiar with the negotiations', via: 's1' },
    { id: 's3', name: 'Syrian Observatory for Human Rights (SOHR)', aliases: ['the observatory'] },
  ];
  const ref = (name: string) => ({ name, kind: 'unknown' as const, span: { start: 0, end: 1 } });
  assert.equal(attributionMatches([ref('a source familiar with the negotiations')], ['s2', 's1'], undefined, sources), true);
  assert.equal(attributionMatches([ref('source familiar with the negotiations'), ref('Izvestia')], ['s2', 's1'], undefined, sources), true);
  assert.equal(attributionMatches([ref('The Observatory')], [], [['s3']], sources), true);
  assert.equal(attributionMatches([], ['s3'], undefined, sources), false);
});

test('a source matches the reference by the name the article writes as well as by its dictionary name', () => {
  const text = 'The US military said the strike hit a depot.';
  const sources = [{ id: 's1', name: 'US military' }];
  const written = { name: 'United States Military', kind: 'military' as const, span: { start: 4, end: 15 } };
  assert.equal(attributionMatches([written], ['s1'], undefined, sources), false, 'the dictionary name alone differs');
  assert.equal(attributionMatches([written], ['s1'], undefined, sources, text), true);
  assert.equal(attributionMatches([{ ...written, span: { start: 20, end: 25 } }], ['s1'], undefined, sources, text), false, 'another span of the text names someone else');
});

test('a province-level reference named with its administrative word ("Deir ez-Zor Governorate") matches the province and the places inside it', () => {
  const province: PlaceRef = { id: 'admin1:SY.05', name: 'Deir ez-Zor', country: 'SY', lat: 35.3, lon: 40.1, precision: 'province' };
  const town: PlaceRef = { id: 'geonames:1', name: 'Al Mayadin', country: 'SY', admin1: 'Deir ez-Zor', lat: 35.0, lon: 40.4, precision: 'locality' };
  for (const name of ['Deir ez-Zor Governorate', 'Governorate of Deir ez-Zor', 'Deir ez-Zor province']) {
    assert.equal(placeMatches(province, { name, country: 'SY', precision: 'governorate' }), true, name);
    assert.equal(placeMatches(town, { name, country: 'SY', precision: 'governorate' }), true, name);
  }
  // The word is dropped only from a province-level reference, and only as a whole word.
  assert.equal(placeMatches(province, { name: 'Raqqa Governorate', country: 'SY', precision: 'governorate' }), false);
  assert.equal(placeMatches(ALEPPO, { name: 'Aleppo Governorate', country: 'SY', precision: 'city', lat: 0, lon: 0 }), false);
});

test('a province-level reference with a note in brackets ("Quneitra Governorate (countryside)") still takes any place inside the province', () => {
  const village = { id: 'unresolved:SY:x', name: 'Tal Hamra Kabir', country: 'SY', admin1: 'Quneitra', precision: 'locality' as const };
  assert.equal(placeMatches(village, { name: 'Quneitra Governorate (countryside)', country: 'SY', precision: 'province' }), true);
  assert.equal(placeMatches({ ...village, admin1: 'Hama' }, { name: 'Hama Governorate (north-east: Tal Hamra, Abu Zeid)', country: 'SY', precision: 'province' }), true);
  assert.equal(placeMatches({ ...village, admin1: 'Homs' }, { name: 'Quneitra Governorate (countryside)', country: 'SY', precision: 'province' }), false);
});

test('an unresolved place (no coordinates) matches a reference locality by name and country, any of the names the reference gives', () => {
  const village = { id: 'unresolved:SY:khanarnab', name: 'Khan-Arnab', country: 'SY', precision: 'locality' as const };
  assert.equal(placeMatches(village, { name: 'Khan Arnabah (Khan-Arnab), Quneitra province', country: 'SY', precision: 'town', lat: 33.18, lon: 35.87 }), true);
  assert.equal(placeMatches({ ...village, name: 'al-Mazraa' }, { name: 'al-Mazraa, Damascus', country: 'SY', precision: 'neighbourhood', lat: 33.52, lon: 36.3 }), true);
  assert.equal(placeMatches(village, { name: 'Jubata al-Khashab', country: 'SY', precision: 'town', lat: 33.23, lon: 35.84 }), false);
  assert.equal(placeMatches({ ...village, country: 'LB' }, { name: 'Khan Arnabah (Khan-Arnab)', country: 'SY', precision: 'town', lat: 33.18, lon: 35.87 }), false);
});

test('mode belongs to its type: an accepted other type is held only to accept_mode', async () => {
  const { gradeFields } = await import('../../src/eval/gold/grade-event.js');
  const { recordAt } = await import('./record-fixture.js');
  const text = 'Rebels seized the hill.';
  const base = { id: 'e1', actors: [], recipients: [], when: { start: null, end: null }, where: null, factuality: 'asserted', evidence: 'seized' };
  const seize = { ...base, type: 'COERCE', mode: 'seize', accept_types: ['COERCE', 'ASSAULT'] };
  const assault = recordAt(text, 'seized', { type: 'ASSAULT', mode: 'ground' });
  assert.equal(gradeFields(assault, seize as never, []).type, true, 'ASSAULT has no mode "seize": the accepted type is not held to it');
  assert.equal(gradeFields(recordAt(text, 'seized', { type: 'COERCE', mode: 'arrest' }), seize as never, []).type, false, 'the reference type keeps its mode');
  const listed = { ...seize, accept_mode: ['firearms'] };
  assert.equal(gradeFields(assault, listed as never, []).type, false, 'with accept_mode given, the accepted type must use one of those modes');
  assert.equal(gradeFields(recordAt(text, 'seized', { type: 'ASSAULT', mode: 'firearms' }), listed as never, []).type, true);
});

test('cameo and acled are graded only when the annotation gives them: a left-out key is not a wrong answer', async () => {
  const { gradeFields } = await import('../../src/eval/gold/grade-event.js');
  const { recordAt } = await import('./record-fixture.js');
  const text = 'Jets bombed the market.';
  const strike = recordAt(text, 'bombed', { type: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'Air/drone strike' });
  const bare = { id: 'e1', type: 'ASSAULT', actors: [], recipients: [], evidence: 'bombed' };
  const fields = gradeFields(strike, bare as never, []);
  assert.equal(fields.cameo, undefined, 'no cameo key: not graded');
  assert.equal(fields.acled, undefined, 'no acled key: not graded');
  const coded = { ...bare, cameo: '190', accept_cameo: ['195'], acled: null };
  const graded = gradeFields(strike, coded as never, []);
  assert.equal(graded.cameo, true, 'an accepted CAMEO code');
  assert.equal(graded.acled, false, 'null means no ACLED type, and sitrep gave one');
});

test('time: accept_range takes one { start, end }, one pair, or a list of either', () => {
  const july = time('2016-07-01', '2016-07-02');
  const when = { start: '2016-08-01', end: '2016-08-10' };
  assert.equal(timeMatches(july, { ...when, accept_range: { start: '2016-06-01', end: '2016-07-31' } }), true);
  assert.equal(timeMatches(july, { ...when, accept_range: ['2016-06-01', '2016-07-31'] }), true);
  assert.equal(timeMatches(july, { ...when, accept_range: [{ start: '2016-05-01', end: '2016-05-31' }, { start: '2016-07-01', end: '2016-07-03' }] }), true);
  assert.equal(timeMatches(july, { ...when, accept_range: [['2016-05-01', '2016-05-31']] }), false);
  assert.equal(timeMatches(july, { ...when, accept: [['2016-07-01', '2016-07-01']] }), false, 'the whole interval must lie inside');
});

test('time: with no start, an interval inside one of when.accept matches too, as with any other reference time', () => {
  const when = { start: null, end: '2016-05-10', accept: [['2016-05-08', '2016-05-12'] as [string, string]] };
  assert.equal(timeMatches(time('2016-05-11', '2016-05-11'), when), true);
  assert.equal(timeMatches(time('2016-05-01', '2016-05-09'), when), true, 'ends by the end');
  assert.equal(timeMatches(time('2016-05-13', '2016-05-13'), when), false);
  assert.equal(timeMatches(undefined, when), true);
});

test('place: a region or province with lat/lon takes any place within 25 km of it, as well as the places inside it', () => {
  const ghouta = { name: 'Eastern Ghouta', country: 'SY', precision: 'region', lat: 33.55, lon: 36.4 };
  const town: PlaceRef = { id: 'geonames:2', name: 'Douma', country: 'SY', admin1: 'Rif Dimashq', lat: 33.57, lon: 36.4, precision: 'locality' };
  assert.equal(placeMatches(town, ghouta), true);
  assert.equal(placeMatches({ ...town, name: 'Nabek', lat: 34.02, lon: 36.73 }, ghouta), false, 'about 60 km away');
  const province = { name: 'Idlib province', country: 'SY', precision: 'province', lat: 35.8, lon: 36.6 };
  const seat: PlaceRef = { id: 'admin1:SY.x', name: 'Idlib', country: 'SY', lat: 35.6, lon: 36.9, precision: 'province' };
  assert.equal(placeMatches(seat, province), true, 'the province itself, whatever point the gazetteer gives it');
  assert.equal(placeMatches({ ...town, name: 'Maarrat', admin1: 'Idlib', lat: 35.2, lon: 36.7 }, province), true, 'inside it, farther than 25 km');
});

test('factuality matches the reference or one of accept_factuality; roles_interchangeable counts the parties in any roles', async () => {
  const { gradeFields } = await import('../../src/eval/gold/grade-event.js');
  const { recordAt } = await import('./record-fixture.js');
  const text = 'Kerry and Lavrov talked by phone.';
  const call = { id: 'e1', type: 'CONSULT', actors: [{ code: 'USAGOV' }], recipients: [{ code: 'RUSGOV' }], factuality: 'asserted', accept_factuality: ['reported'], evidence: 'talked' };
  const both = recordAt(text, 'talked', { type: 'CONSULT', actors: [actor('RUSGOV'), actor('USAGOV')], factuality: 'reported' });
  assert.equal(gradeFields(both, call as never, []).factuality, true);
  assert.equal(gradeFields({ ...both, factuality: 'denied' }, call as never, []).factuality, false);
  const fixed = gradeFields(both, call as never, []);
  assert.equal(fixed.actors || fixed.recipients, false, 'roles count unless the annotation says otherwise');
  const joint = gradeFields(both, { ...call, roles_interchangeable: true } as never, []);
  assert.equal(joint.actors && joint.recipients, true, 'all as actors is fine');
  const one = gradeFields({ ...both, actors: [actor('USAGOV')] }, { ...call, roles_interchangeable: true } as never, []);
  assert.equal(one.actors, false, 'both parties still count');
});
