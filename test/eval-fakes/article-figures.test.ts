import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFiguresFromEvents, articleFiguresFromCasualties, mainDeadlyEvent } from '../../src/eval/fa-kes/article-figures.js';
import type { EventRecord } from '../../src/model/event-record.js';
import type { CasualtyMention, Fatalities, Figure } from '../../src/model/fatalities.js';

function figure(best: number, extra: Partial<Figure> = {}): Figure {
  return { low: best, best, high: best, text: String(best), evidence: { start: 0, end: 1 }, ...extra };
}

function event(at: number, fatalities?: Fatalities): EventRecord {
  return {
    id: `ev_${at}`, documentId: 'doc_test', type: 'ASSAULT', trigger: { start: at, end: at + 6 }, triggerText: 'killed',
    actors: [], recipients: [], factuality: 'asserted', attribution: [], fatalities, evidence: [{ start: at, end: at + 6 }],
    confidence: 1, provenance: { pipeline: 'test', lexicons: 'test' },
  };
}

// Three sentences of 100 characters each, then a far one.
const sentences = [0, 100, 200, 300, 400, 500].map((start) => ({ start, end: start + 99 }));

test('articleFiguresFromEvents takes the civilian figure of the first deadly event and its children beside it', () => {
  const events = [event(10), event(20, { civilian: [figure(19, { high: null })], children: [figure(3)] })];
  assert.deepEqual(articleFiguresFromEvents(events, sentences), { civilians: 19, children: 3, women: 0, noncivilians: 0 });
});

test('articleFiguresFromEvents counts unspecified as civilians only when no fighters are given', () => {
  assert.equal(articleFiguresFromEvents([event(10, { unspecified: [figure(8)] })], sentences).civilians, 8);
  assert.equal(articleFiguresFromEvents([event(10, { unspecified: [figure(8)], fighters: [figure(8)] })], sentences).civilians, 0);
});

test('articleFiguresFromEvents merges the lead but not an event three sentences later', () => {
  const events = [event(10, { unspecified: [figure(22)] }), event(110, { civilian: [figure(6)], fighters: [figure(16)] }), event(450, { civilian: [figure(300000)] })];
  assert.deepEqual(articleFiguresFromEvents(events, sentences), { civilians: 6, children: 0, women: 0, noncivilians: 16 });
});

test('articleFiguresFromEvents prefers a stated number to a vague word', () => {
  const events = [event(10, { civilian: [figure(12, { vague: 'dozens' })] }), event(110, { civilian: [figure(73)] })];
  assert.equal(articleFiguresFromEvents(events, sentences).civilians, 73);
  assert.equal(mainDeadlyEvent(events)?.id, 'ev_110');
});

test('articleFiguresFromEvents gives zeros for an article with no deadly event', () => {
  assert.deepEqual(articleFiguresFromEvents([event(10)], sentences), { civilians: 0, children: 0, women: 0, noncivilians: 0 });
});

test('articleFiguresFromCasualties reads the same rule from the casualties layer, sentence by sentence', () => {
  const mention = (sentence: number, category: CasualtyMention['category'], best: number, outcome: CasualtyMention['outcome'] = 'killed'): CasualtyMention =>
    ({ outcome, category, figure: figure(best), trigger: { start: 0, end: 1 }, sentence });
  const mentions = [mention(0, 'women', 5), mention(0, 'children', 10), mention(0, 'unspecified', 40, 'injured'), mention(5, 'civilian', 200)];
  assert.deepEqual(articleFiguresFromCasualties(mentions), { civilians: 15, children: 10, women: 5, noncivilians: 0 });
});

test('articleFiguresFromEvents prefers a stated count to an approximation in one category', () => {
  const events = [event(10, { children: [figure(70, { approximate: true })] }), event(110, { children: [figure(68, { high: null })] })];
  assert.equal(articleFiguresFromEvents(events, sentences).children, 68);
});
