import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEvents } from '../../src/eval/gold/match-events.js';
import { checkMustNot } from '../../src/eval/gold/check-must-not.js';
import type { GoldFile, GoldEvent } from '../../src/eval/gold/gold-types.js';
import { recordAt, actor, ALEPPO } from './record-fixture.js';

const TEXT = 'Photo: smoke over the city. Government aircraft struck a market in Aleppo on Monday, killing 12 civilians. The strike was the second this week. Rebels shelled a school the next day. Read more: markets in Idlib.';

const strike: GoldEvent = {
  id: 'e1', type: 'ASSAULT', mode: 'aerial', actors: [{ code: 'SYRMIL', accept: ['SYR', 'SYRMIL'] }], recipients: [{ code: 'CVL', accept: ['CVL', 'SYRCVL'] }],
  when: { start: null, end: null }, where: { name: 'Aleppo', country: 'SY', precision: 'city', lat: 36.2, lon: 37.16 },
  factuality: 'asserted', evidence: 'Government aircraft struck a market in Aleppo', evidence_also: ['The strike was the second this week'],
  fatalities: { civilian: { low: 12, high: 12 } },
};
const shelling: GoldEvent = {
  id: 'e2', type: 'ASSAULT', actors: [{ code: 'SYRREB', accept: ['SYRREB', 'REB'] }], recipients: [], when: { start: null, end: null }, where: null,
  factuality: 'asserted', evidence: 'Rebels shelled a school',
};
const gold: GoldFile = {
  document: { file: 'x.txt' }, events: [strike, shelling], non_article_spans: ['Photo: smoke over the city.', 'Read more: markets in Idlib.'],
  must_not: [
    'a note for people, not graded',
    { text: 'the strike recorded twice', forbid: { evidence_overlaps: ['struck a market', 'The strike'], type: 'ASSAULT', count_above: 1 } },
    { text: 'a toll for the shelling', forbid: { gold_event: 'e2', has_fatalities: true } },
  ],
};

const rightStrike = () => recordAt(TEXT, 'Government aircraft struck a market in Aleppo on Monday', {
  mode: 'aerial', actors: [actor('SYRMIL')], recipients: [actor('CVL')], place: { text: 'Aleppo', evidence: { start: 0, end: 1 }, place: ALEPPO },
  fatalities: { civilian: [{ low: 12, best: 12, high: 12, text: '12', evidence: { start: 0, end: 1 } }] },
});

test('a sitrep event with overlapping evidence and a compatible type finds the reference event, and all fields right makes it correct', () => {
  const m = matchEvents(TEXT, gold, [rightStrike()]);
  assert.equal(m.matches.length, 1);
  assert.equal(m.matches[0].gold.id, 'e1');
  assert.equal(m.matches[0].correct, true);
  assert.deepEqual(m.spurious, []);
});

test('a second sitrep event for an already found reference event is spurious, and breaks a count_above must_not', () => {
  const events = [rightStrike(), recordAt(TEXT, 'The strike was the second this week')];
  const m = matchEvents(TEXT, gold, events);
  assert.equal(m.matches.length, 1);
  assert.equal(m.spurious.length, 1);
  const violations = checkMustNot(TEXT, gold, events, m);
  assert.equal(violations.length, 1);
  assert.match(violations[0].text, /twice/);
});

test('an event of the wrong type finds nothing and is spurious; an event inside page furniture cannot match', () => {
  const m = matchEvents(TEXT, gold, [recordAt(TEXT, 'Rebels shelled a school', { type: 'PROTEST' }), recordAt(TEXT, 'markets in Idlib')]);
  assert.equal(m.matches.length, 0);
  assert.equal(m.spurious.length, 2);
});

test('matching prefers the pairing that finds the most reference events', () => {
  // One broad event overlaps both references; a narrow one overlaps only the first: the broad one must take the second.
  const broad = recordAt(TEXT, 'killing 12 civilians. The strike was the second this week. Rebels shelled a school', { actors: [actor('SYRREB')] });
  const narrow = rightStrike();
  const m = matchEvents(TEXT, gold, [broad, narrow]);
  assert.deepEqual(m.matches.map((x) => x.gold.id).sort(), ['e1', 'e2']);
});

test('gold_event must_not applies only to the sitrep event matched to that reference event', () => {
  const shell = recordAt(TEXT, 'Rebels shelled a school', { actors: [actor('SYRREB')], fatalities: { unspecified: [{ low: 3, best: 3, high: 3, text: 'three', evidence: { start: 0, end: 1 } }] } });
  const m = matchEvents(TEXT, gold, [rightStrike(), shell]);
  const violations = checkMustNot(TEXT, gold, [rightStrike(), shell], m);
  assert.deepEqual(violations.map((v) => v.text), ['a toll for the shelling']);
});

test('a gold_event list in a must_not means any of those reference events (SCHEMA.md: lists mean any of)', () => {
  const listed: GoldFile = { ...gold, must_not: [{ text: 'a toll for the strike or the shelling', forbid: { gold_event: ['e2', 'e1'], has_fatalities: true } }] };
  const events = [rightStrike()];
  const violations = checkMustNot(TEXT, listed, events, matchEvents(TEXT, listed, events));
  assert.deepEqual(violations.map((v) => v.text), ['a toll for the strike or the shelling']);
});

test('one sitrep event finds two same_as reference events when its evidence overlaps both', () => {
  const twice: GoldFile = { document: { file: 'x.txt' }, events: [strike, { ...strike, id: 'e3', evidence: 'The strike was the second this week', evidence_also: [], same_as: 'e1' }] };
  const merged = rightStrike();
  merged.evidence.push({ start: TEXT.indexOf('The strike'), end: TEXT.indexOf('The strike') + 10 });
  const m = matchEvents(TEXT, { ...twice, events: [{ ...strike, evidence_also: [] }, twice.events[1]] }, [merged]);
  assert.deepEqual(m.matches.map((x) => x.gold.id).sort(), ['e1', 'e3']);
  assert.equal(m.spurious.length, 0);
});

test('"the most fields right" counts the eight graded fields only: injured, CAMEO and ACLED figures never outweigh them', () => {
  const annotated: GoldFile = { document: { file: 'x.txt' }, events: [{ ...strike, cameo: '195', acled: 'Air/drone strike', injured: { civilian: { low: 5, high: 5 } } }] };
  const allGraded = rightStrike();
  // Right on the extras (injured, CAMEO, ACLED) but wrong on one graded field, the recipients.
  const extrasOnly = rightStrike();
  Object.assign(extrasOnly, {
    recipients: [actor('SYRREB')], cameo: '195', acled: 'Air/drone strike',
    injured: { civilian: [{ low: 5, best: 5, high: 5, text: '5', evidence: { start: 0, end: 1 } }] },
  });
  const m = matchEvents(TEXT, annotated, [extrasOnly, allGraded]);
  assert.equal(m.matches.length, 1);
  assert.equal(m.matches[0].system, 1);
  assert.equal(m.matches[0].correct, true);
});

test('an optional reference event found is matched, not spurious, and may take a second sitrep event of an event it is same_as', () => {
  const background: GoldEvent = { ...shelling, id: 'e3', optional: true, evidence: 'The strike was the second this week', same_as: 'e1', actors: [], type: 'ASSAULT' };
  const withOptional: GoldFile = { document: { file: 'x.txt' }, events: [{ ...strike, evidence_also: [] }, background] };
  const m = matchEvents(TEXT, withOptional, [rightStrike(), recordAt(TEXT, 'The strike was the second this week')]);
  assert.deepEqual(m.matches.map((x) => x.gold.id).sort(), ['e1', 'e3']);
  assert.deepEqual(m.spurious, []);
  const m2 = matchEvents(TEXT, withOptional, [recordAt(TEXT, 'The strike was the second this week')]);
  assert.deepEqual(m2.matches.map((x) => x.gold.id), ['e3'], 'found alone it is still no spurious event');
});

test('among pairings that find as many events, the one with the most fields right wins however long the overlaps', () => {
  // 400 distinct words; two reference events and two sitrep events that overlap both, a little one way and a lot the other.
  const words = Array.from({ length: 400 }, (_, i) => `w${String(i).padStart(4, '0')}`).join(' ');
  const cut = (from: number, to: number) => words.slice(from, to);
  const base = { type: 'ASSAULT', recipients: [], when: { start: null, end: null }, where: null, factuality: 'asserted' };
  const g1: GoldEvent = { ...base, id: 'e1', actors: [{ code: 'SYRMIL', accept: ['SYRMIL'] }], evidence: cut(0, 1100) };
  const g2: GoldEvent = { ...base, id: 'e2', actors: [{ code: null, accept: ['SYRMIL', null] }], evidence: cut(1000, 2399) };
  const x = recordAt(words, cut(1095, 2399), { actors: [actor('SYRMIL')] }); // right for both; a few characters of e1
  const y = recordAt(words, cut(0, 1005)); // no actor: right for e2 only; a few characters of e2
  const m = matchEvents(words, { document: { file: 'x.txt' }, events: [g1, g2] }, [x, y]);
  assert.deepEqual(m.matches.map((p) => `${p.system}:${p.gold.id}`).sort(), ['0:e1', '1:e2']);
  assert.equal(m.matches.every((p) => p.correct), true);
});
