import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPloverRecords } from '../../src/eval/plover/read-plover-records.js';
import { evaluatePlover, partiesMatch } from '../../src/eval/plover/evaluate-plover.js';
import { formatPloverTable } from '../../src/eval/plover/format-plover-table.js';
import type { Participant } from '../../src/model/event-record.js';

function recordsFile(records: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'plover-'));
  const file = join(dir, 'records.json');
  writeFileSync(file, JSON.stringify([{ id: 'DOC-0001', event: 'DOCUMENT', comment: 'documentation' }, ...records]));
  return file;
}

const party = (code: string): Participant => ({ text: code, evidence: { start: 0, end: 1 }, actor: { id: code, name: code, code, kind: 'government' } });

test('readPloverRecords skips the documentation record and maps the old labels onto PLOVER 2.0', () => {
  const file = recordsFile([
    { id: 'R1', event: 'DEMAND', text: 'a', source: [{ actorText: 'Chad', code: 'TCD', sector: 'GOV' }], target: '' },
    { id: 'R2', event: 'DISAPPROVE', text: 'b', source: [], target: [] },
    { id: 'R3', event: 'FIGHT', text: 'c', source: [], target: [] },
    { id: 'R4', event: 'INVESTIGATE', text: 'd', source: [], target: null },
  ]);
  const records = readPloverRecords(file);
  assert.deepEqual(records.map((r) => [r.type, r.mode ?? null]), [['REQUEST', null], ['ACCUSE', 'disapprove'], ['ASSAULT', null], ['ACCUSE', 'investigate']]);
  assert.deepEqual(records[0].sources, [{ text: 'Chad', code: 'TCD', full: 'TCDGOV' }]);
  assert.deepEqual(records[0].targets, []);
});

test('partiesMatch compares country-level codes on three letters and full codes whole', () => {
  const gold = [{ text: 'Chad', code: 'TCD', full: 'TCDGOV' }];
  assert.equal(partiesMatch([party('TCDMIL')], gold, false), true);
  assert.equal(partiesMatch([party('TCDMIL')], gold, true), false);
  assert.equal(partiesMatch([party('TCDGOV')], gold, true), true);
  assert.equal(partiesMatch([], [], false), true);
  assert.equal(partiesMatch([party('USA')], [], false), false);
});

test('evaluatePlover runs the pipeline on each text and scores the main event type', async () => {
  const file = recordsFile([
    { id: 'R1', event: 'FIGHT', text: 'Rebels and soldiers clashed near the border on Tuesday.', source: [], target: [] },
    { id: 'R2', event: 'PROTEST', text: 'Thousands of students demonstrated in the capital against the new law.', source: [], target: [] },
  ]);
  const result = await evaluatePlover(file);
  assert.equal(result.n, 2);
  assert.deepEqual(result.predictions.map((p) => p.predicted), ['ASSAULT', 'PROTEST']);
  assert.equal(result.event_accuracy, 1);
  assert.match(formatPloverTable(result), /event type accuracy\s+100\.0/);
});
