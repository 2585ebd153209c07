import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../src/model/event-record.js';
import { sameFigure } from '../../src/stages/build-records/report-figures.js';

const figure = (low: number, start: number) => ({ low, best: low, high: low, evidence: { start, end: start + 5 }, text: String(low) });
const record = (killed: number | undefined, injured: number | undefined) => ({
  ...(killed === undefined ? {} : { fatalities: { civilian: [figure(killed, 0)] } }),
  ...(injured === undefined ? {} : { injured: { civilian: [figure(injured, 40)] } }),
}) as unknown as EventRecord;

test('sameFigure finds a toll two reports share among all their figures, or among the dead alone when asked', () => {
  // 'killed four and wounded nine' in the lead, 'nine were wounded' later: the wounded are the shared figure.
  assert.equal(sameFigure(record(4, 9), record(undefined, 9)), true);
  assert.equal(sameFigure(record(4, 9), record(undefined, 9), 'killed'), false);
  assert.equal(sameFigure(record(4, 9), record(4, undefined), 'killed'), true);
  assert.equal(sameFigure(record(4, 9), record(7, 9), 'killed'), false);
  // A single victim tells nothing apart.
  assert.equal(sameFigure(record(1, undefined), record(1, undefined), 'killed'), false);
});

test('sameFigure counts civilians and people not told apart as one figure of dead, compared on the low end, but not of wounded', () => {
  const open = (low: number, start: number) => ({ low, best: low, high: null, evidence: { start, end: start + 5 }, text: `at least ${low}` });
  const people = (table: 'fatalities' | 'injured', low: number, high: number | null) =>
    ({ [table]: { unspecified: [{ ...figure(low, 60), high }] } }) as unknown as EventRecord;
  assert.equal(sameFigure(record(5, undefined), people('fatalities', 5, 5)), true);
  assert.equal(sameFigure({ fatalities: { civilian: [open(5, 0)] } } as unknown as EventRecord, people('fatalities', 5, 9)), true);
  assert.equal(sameFigure(record(undefined, 5), people('injured', 5, 5)), false);
  assert.equal(sameFigure(record(undefined, undefined), record(undefined, undefined)), false);
});

test('opensAnotherIncident finds the sentence start after a closing quote or a line break, whichever comes last', async () => {
  const { opensAnotherIncident } = await import('../../src/stages/build-records/report-figures.js');
  const at = (text: string, word: string) => ({ trigger: { start: text.indexOf(word), end: text.indexOf(word) + word.length } }) as unknown as EventRecord;
  const quoted = 'Shells hit the market, killing four, "the shelling went on all night." Separately, a car bomb killed two.';
  assert.equal(opensAnotherIncident(at(quoted, 'bomb'), quoted), true);
  assert.equal(opensAnotherIncident(at(quoted, 'shelling'), quoted), false);
  const lines = 'Gunmen attacked a checkpoint. Separately\nthe army said a convoy was hit by a mine.';
  assert.equal(opensAnotherIncident(at(lines, 'hit'), lines), false);
});

test('sameFigure does not take a vague word\'s conventional number ("a number of" = 3) for a count another report repeats ("Three")', () => {
  const fighters = (low: number, vague?: string) => ({ fatalities: { fighters: [{ low, best: low, high: vague ? null : low, evidence: { start: 0, end: 5 }, text: vague ?? String(low), ...(vague ? { vague } : {}) }] } }) as unknown as EventRecord;
  assert.equal(sameFigure(fighters(3, 'a number of'), fighters(3)), false);
  assert.equal(sameFigure(fighters(3), fighters(3, 'several')), false);
  assert.equal(sameFigure(fighters(3), fighters(3)), true);
});
