import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSitrep, said } from './run-sitrep.js';

const COMMANDS = ['ingest', 'events', 'show', 'stats', 'eval'];

test('sitrep --help exits 0 and lists every command and the exit codes', () => {
  const run = runSitrep(['--help']);
  assert.equal(run.status, 0, said(run));
  assert.match(run.stdout, /^Usage: sitrep COMMAND/m);
  for (const command of COMMANDS) assert.match(run.stdout, new RegExp(`^  ${command}\\b`, 'm'));
  assert.match(run.stdout, /Exit codes: 0 ok, 1 some inputs rejected, 2 usage error, 3 failure/);
});

test('sitrep COMMAND --help exits 0 and prints that command\'s usage', () => {
  for (const command of COMMANDS) {
    const run = runSitrep([command, '--help']);
    assert.equal(run.status, 0, `${command}: ${said(run)}`);
    assert.ok(run.stdout.startsWith(`sitrep ${command}`), `${command} --help starts with its usage line:\n${run.stdout}`);
  }
});
