import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEvents } from '../../src/eval/gold/match-events.js';
import { gradeCompliance, gradesCompliance } from '../../src/eval/gold/grade-compliance.js';
import type { GoldFile, GoldEvent } from '../../src/eval/gold/gold-types.js';
import type { ComplianceVerdict } from '../../src/model/compliance.js';
import type { EventRecord } from '../../src/model/event-record.js';
import { recordAt } from './record-fixture.js';

const TEXT = 'A truce took effect on Friday but excludes the jihadists. Militia fighters shelled a village on Sunday. Aircraft bombed a jihadist base on Monday. A truck bomb hit a market on Tuesday.';
const event = (id: string, evidence: string, verdict?: string, optional = false): GoldEvent => ({
  id, type: 'ASSAULT', actors: [], recipients: [], when: { start: null, end: null }, where: null, factuality: 'asserted', evidence, optional,
  ...(verdict ? { compliance: { agreement: 'a1', verdict } } : {}),
});
const gold: GoldFile = {
  document: { file: 'x.txt' },
  agreements: [{ id: 'a1', name: 'truce', evidence: ['A truce took effect on Friday'] }],
  events: [event('e1', 'shelled a village', 'violation'), event('e2', 'bombed a jihadist base', 'not a violation'), event('e3', 'A truck bomb hit a market', 'undetermined', true)],
};
const truce = { name: 'truce', evidence: [{ start: TEXT.indexOf('A truce'), end: TEXT.indexOf('A truce') + 7 }] };
const withVerdict = (words: string, verdict: ComplianceVerdict['verdict'], agreement = truce): EventRecord =>
  recordAt(TEXT, words, { compliance: [{ agreement, verdict, reason: 'test' }] });

test('a required event whose matched sitrep event gives the reference verdict against the same agreement counts as given', () => {
  const events = [withVerdict('shelled a village', 'violation'), withVerdict('bombed a jihadist base', 'violation')];
  assert.deepEqual(gradeCompliance(TEXT, gold, events, matchEvents(TEXT, gold, events)), { total: 2, correct: 1 });
});

test('a verdict against an agreement stated elsewhere in the text, or no verdict at all, is not given; optional events are not counted', () => {
  const elsewhere = { name: 'other', evidence: [{ start: TEXT.indexOf('A truck'), end: TEXT.indexOf('A truck') + 7 }] };
  const events = [withVerdict('shelled a village', 'violation', elsewhere), recordAt(TEXT, 'bombed a jihadist base'), withVerdict('A truck bomb hit a market', 'undetermined')];
  assert.deepEqual(gradeCompliance(TEXT, gold, events, matchEvents(TEXT, gold, events)), { total: 2, correct: 0 });
});

test('a reference event sitrep did not find still counts in the total', () => {
  assert.deepEqual(gradeCompliance(TEXT, gold, [], matchEvents(TEXT, gold, [])), { total: 2, correct: 0 });
});

test('compliance is graded once an annotation states an agreement or a verdict, and not otherwise', () => {
  assert.equal(gradesCompliance(gold), true);
  assert.equal(gradesCompliance({ document: { file: 'x.txt' }, events: [event('e1', 'shelled a village')] }), false);
  assert.equal(gradesCompliance({ document: { file: 'x.txt' }, agreements: [{ id: 'a1' }], events: [] }), true);
});
