import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { f1Scores } from '../../src/eval/case2021/f1-scores.js';
import { readSnippets } from '../../src/eval/case2021/read-snippets.js';
import { evaluateCase2021, labelText } from '../../src/eval/case2021/evaluate-case2021.js';
import { formatCase2021Table } from '../../src/eval/case2021/format-case2021-table.js';
import { caseLabelOf } from '../../src/stages/extract-events/case-labels.js';

test('f1Scores averages per-label F1 as scikit-learn does over the gold labels', () => {
  // gold A A B B C, predicted A B B B A: A p=1/2 r=1/2; B p=2/3 r=1; C p=0 r=0.
  const pairs = [['A', 'A'], ['A', 'B'], ['B', 'B'], ['B', 'B'], ['C', 'A']].map(([gold, predicted]) => ({ gold, predicted }));
  const s = f1Scores(pairs);
  const fA = 0.5, fB = 0.8, fC = 0;
  assert.ok(Math.abs(s.weighted_f1 - (2 * fA + 2 * fB + fC) / 5) < 1e-9);
  assert.ok(Math.abs(s.macro_f1 - (fA + fB + fC) / 3) < 1e-9);
  assert.ok(Math.abs(s.micro_f1 - 3 / 5) < 1e-9);
  assert.equal(s.perLabel.B.support, 2);
});

test('f1Scores counts a prediction outside the gold labels against recall only', () => {
  const s = f1Scores([{ gold: 'A', predicted: 'Z' }, { gold: 'A', predicted: 'A' }]);
  assert.equal(s.perLabel.A.precision, 1);
  assert.equal(s.perLabel.A.recall, 0.5);
  assert.equal(s.perLabel.Z, undefined);
});

test('caseLabelOf maps ACLED sub-event types and classes to CASE labels', () => {
  assert.equal(caseLabelOf('Air/drone strike'), 'AIR_STRIKE');
  assert.equal(caseLabelOf('Other'), 'OTHER');
  assert.equal(caseLabelOf(undefined, 'ATTRIB'), 'ATTRIB');
  assert.equal(caseLabelOf(), 'OTHER');
});

function snippetFile(rows: string[][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'case2021-'));
  const file = join(dir, 'snippets.tsv');
  writeFileSync(file, ['id\tEventSnippet\tSubType', ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  return file;
}

test('readSnippets reads id, text and label and keeps quotes as they are', () => {
  const snippets = readSnippets(snippetFile([['7', 'He said "no" to the plan.', 'DIPLO']]));
  assert.deepEqual(snippets, [{ id: '7', text: 'He said "no" to the plan.', label: 'DIPLO' }]);
});

test('evaluateCase2021 labels sitrep-written snippets through the full pipeline and scores the three subtasks', async () => {
  const file = snippetFile([
    ['1', 'A suicide bomber blew himself up at a checkpoint in the north, killing six soldiers.', 'SUIC_BOMB'],
    ['2', 'A strong earthquake shook the coastal province on Monday, destroying hundreds of homes.', 'NATURAL_DISASTER'],
    ['3', 'The foreign ministry said the weather was fine.', 'DIPLO'],
  ]);
  let progress = 0;
  const result = await evaluateCase2021(file, { onProgress: (done) => { progress = done; } });
  assert.equal(result.n, 3);
  assert.equal(progress, 3);
  assert.equal(result.subtask1.n, 1);
  assert.equal(result.subtask2.n, 2);
  assert.equal(result.subtask3.n, 3);
  assert.equal(result.predictions[0].predicted, 'SUIC_BOMB');
  assert.equal(result.predictions[1].predicted, 'NATURAL_DISASTER');
  assert.equal(result.confusion.SUIC_BOMB.SUIC_BOMB, 1);
  const table = formatCase2021Table(result);
  assert.match(table, /weighted/);
  assert.match(table, /SUIC_BOMB/);
});

test('labelText gives OTHER to a text with no event', () => {
  assert.equal(labelText('The museum opens at nine and closes at five.').label, 'OTHER');
});
