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
