import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFigures } from '../../src/stages/build-records/report-figures.js';
import { withoutRepeatedUnspecified } from '../../src/stages/build-records/attach-casualties.js';
import type { Figure } from '../../src/model/fatalities.js';

const at = { start: 0, end: 1 };
const figure = (low: number, high: number | null, text: string, vague?: string): Figure => ({ low, best: low, high, text, evidence: at, ...(vague ? { vague } : {}) });

test('a bare count joining a record whose one kind of victim is only a vague word ("a number of militants") stays unspecified', () => {
  const merged = mergeFigures({ fighters: [figure(3, null, 'a number of', 'a number of')] }, { unspecified: [figure(22, 22, '22')] });
  assert.deepEqual(merged.unspecified?.map((f) => f.low), [22]);
  assert.deepEqual(merged.fighters?.map((f) => f.low), [3]);
  const attached = withoutRepeatedUnspecified({ fighters: [figure(3, null, 'a number of', 'a number of')], unspecified: [figure(22, 22, '22')] });
  assert.deepEqual(attached?.unspecified?.map((f) => f.low), [22]);
  assert.deepEqual(attached?.fighters?.map((f) => f.low), [3]);
});

test('a bare count that reaches a stated open count of one kind ("at least 11 civilians", then "14 people") still goes under that kind', () => {
  const merged = mergeFigures({ civilian: [figure(11, null, 'at least 11')] }, { unspecified: [figure(14, 14, '14')] });
  assert.deepEqual(merged.civilian?.map((f) => f.low), [11, 14]);
  assert.equal(merged.unspecified, undefined);
  const attached = withoutRepeatedUnspecified({ civilian: [figure(11, null, 'at least 11')], unspecified: [figure(14, 14, '14')] });
  assert.deepEqual(attached?.civilian?.map((f) => f.low), [11, 14]);
});
