import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// The ratchet is run by hand and by CI: a wrong option must say so and how to call it, not print a stack.
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/check-baseline.ts', ...args], { encoding: 'utf8' });

test('check-baseline --help prints its usage and exits 0 without running any eval', () => {
  const result = run('--help');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /usage: node dist\/scripts\/check-baseline\.js/);
  assert.doesNotMatch(result.stdout, /held|rose|FELL/);
});

test('check-baseline names an unknown option and exits 2 with the usage, no stack trace', () => {
  const result = run('--shraed', '../shared');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Unknown option '--shraed'/);
  assert.match(result.stderr, /usage:/);
  assert.doesNotMatch(result.stderr, /at main \(/);
});
