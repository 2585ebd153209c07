import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEvents } from '../../src/eval/gold/match-events.js';
import { checkMustNot } from '../../src/eval/gold/check-must-not.js';
import type { Forbid, GoldFile } from '../../src/eval/gold/gold-types.js';
import type { EventRecord } from '../../src/model/event-record.js';
import { recordAt, actor, unresolved, ALEPPO } from './record-fixture.js';

// Each `forbid` key of SCHEMA.md, alone and in AND with another, against one event written for the test.
const TEXT = 'Army jets bombed a bakery in Aleppo on Monday, killing four children and two fighters. Officials met in Geneva.';
const fig = (low: number, high: number | null = low) => ({ low, best: low, high, text: String(low), evidence: { start: 0, end: 1 } });
const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, inferred: [], evidence: { start: 0, end: 1 } });
const strike = (): EventRecord => recordAt(TEXT, 'Army jets bombed a bakery in Aleppo on Monday', {
  mode: 'aerial', acled: 'Air/drone strike', factuality: 'reported',
  actors: [actor('SYRMIL', 'Army jets')], recipients: [{ ...unresolved('a bakery') }],
  place: { text: 'in Aleppo', evidence: { start: 0, end: 1 }, place: ALEPPO }, time: day('2016-05-02'),
  fatalities: { children: [fig(4)], fighters: [fig(2)] },
});
const meeting = (): EventRecord => recordAt(TEXT, 'Officials met in Geneva', { type: 'CONSULT' });

function violated(forbid: Forbid, events: EventRecord[] = [strike(), meeting()]): number {
  const gold: GoldFile = { document: { file: 'x.txt' }, events: [], must_not: [{ text: 'item', forbid }] };
  return checkMustNot(TEXT, gold, events, matchEvents(TEXT, gold, events)).length;
}

test('forbid: type, mode and acled take a string or a list (any of), and hold only with every other key', () => {
  assert.equal(violated({ type: 'ASSAULT' }), 1);
  assert.equal(violated({ type: ['CONSULT', 'ASSAULT'] }), 2);
  assert.equal(violated({ type: 'ASSAULT', mode: 'ground' }), 0, 'AND: the mode differs');
  assert.equal(violated({ mode: ['ground', 'aerial'] }), 1);
  assert.equal(violated({ acled: 'Air/drone strike' }), 1);
  assert.equal(violated({ acled: ['Shelling/artillery/missile attack'] }), 0);
});

test('forbid: factuality, and code prefixes of actors and recipients', () => {
  assert.equal(violated({ factuality: ['asserted', 'reported'] }), 2);
  assert.equal(violated({ factuality: 'asserted', type: 'ASSAULT' }), 0);
  assert.equal(violated({ actor_code_prefix: ['SYR'] }), 1);
  assert.equal(violated({ actor_code_prefix: 'RUS' }), 0);
  assert.equal(violated({ recipient_code_prefix: 'CVL' }), 0, 'an unresolved recipient has no code');
});

test('forbid: actor_text and recipient_text look in the mention text or the name, without case', () => {
  assert.equal(violated({ actor_text: 'army JETS' }), 1);
  assert.equal(violated({ actor_text: ['navy', 'jets'] }), 1);
  assert.equal(violated({ recipient_text: 'Bakery' }), 1);
  assert.equal(violated({ recipient_text: 'school' }), 0);
});

test('forbid: any_actor holds for an event with at least one actor', () => {
  assert.equal(violated({ any_actor: true }), 1, 'the meeting has no actor');
});

test('forbid: place_name matches the resolved name, place_from_text the mention it came from', () => {
  assert.equal(violated({ place_name: 'aleppo' }), 1);
  assert.equal(violated({ place_name: ['Idlib'] }), 0);
  assert.equal(violated({ place_from_text: 'in Alep' }), 1);
  assert.equal(violated({ place_from_text: 'Halab' }), 0);
});

test('forbid: time_outside holds for a time not inside the range, time_overlaps for one that meets it; no time holds neither', () => {
  assert.equal(violated({ time_outside: ['2016-05-01', '2016-05-31'] }), 0);
  assert.equal(violated({ time_outside: ['2016-05-03', '2016-05-31'] }), 1);
  assert.equal(violated({ time_overlaps: ['2016-05-02', '2016-05-02'] }), 1);
  assert.equal(violated({ time_overlaps: ['2016-06-01', '2016-06-30'] }), 0);
});

test('forbid: has_fatalities true for any figure or a list of categories; fatalities_above per category and for the total', () => {
  assert.equal(violated({ has_fatalities: true }), 1);
  assert.equal(violated({ has_fatalities: ['civilian'] }), 0);
  assert.equal(violated({ has_fatalities: ['children'] }), 1);
  assert.equal(violated({ fatalities_above: { fighters: 1 } }), 1);
  assert.equal(violated({ fatalities_above: { fighters: 2 } }), 0, 'above, not at');
  // The total is civilian + fighters + unspecified: children and women are counted inside the civilians, never on top.
  assert.equal(violated({ fatalities_above: { total: 1 } }), 1);
  assert.equal(violated({ fatalities_above: { total: 2 } }), 0, 'the four children are not added to the two fighters');
  const withCivilians = recordAt(TEXT, 'Army jets bombed', { fatalities: { civilian: [fig(10)], children: [fig(4)], unspecified: [fig(1)], fighters: [fig(2)] } });
  assert.equal(violated({ fatalities_above: { total: 13 } }, [withCivilians]), 0);
  assert.equal(violated({ fatalities_above: { total: 12 } }, [withCivilians]), 1);
  const open = recordAt(TEXT, 'Army jets bombed', { fatalities: { unspecified: [{ ...fig(0), low: undefined as never, high: 9 }] } });
  assert.equal(violated({ fatalities_above: { unspecified: 8 } }, [open]), 1, 'with no low figure, the high one');
});

test('forbid: count_above counts once, when more events than n match the other keys', () => {
  const twice = [strike(), recordAt(TEXT, 'killing four children', { type: 'ASSAULT' })];
  assert.equal(violated({ evidence_overlaps: ['bombed a bakery', 'killing four'], count_above: 1 }, twice), 1);
  assert.equal(violated({ evidence_overlaps: ['bombed a bakery', 'killing four'], count_above: 2 }, twice), 0);
  assert.equal(violated({ evidence_overlaps: 'Geneva', count_above: 0 }), 1);
});
