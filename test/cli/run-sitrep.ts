import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

/** The repository root, found from this file so the tests run from any working directory. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The CLI entry point, run through tsx exactly as a user runs `sitrep` from a checkout. */
export const MAIN = 'src/cli/main.ts';

/** A fixture of test/cli/fixtures by name. Example: fixture('market-airstrike.txt') */
export const fixture = (name: string): string => join(root, 'test', 'cli', 'fixtures', name);

/**
 * Runs `sitrep ARGS...` as a child process from the repository root, with `input` on stdin
 * (empty by default, so no command ever waits on a terminal).
 * Example: runSitrep(['stats', '--db', db, '--json']).status === 0
 */
export function runSitrep(args: string[], options: { input?: string; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return run;
}

/** What a failed run said, for assertion messages. */
export const said = (run: SpawnSyncReturns<string>): string =>
  `exit ${run.status}\n--- stdout ---\n${run.stdout.slice(-2000)}\n--- stderr ---\n${run.stderr.slice(-2000)}`;

/**
 * The `--json` object: it must be alone on the last line of stdout, and parse.
 * Example: lastJsonLine(runSitrep(['stats', '--db', db, '--json']).stdout).documents === 1
 */
export function lastJsonLine<T = Record<string, unknown>>(stdout: string): T {
  const lines = stdout.trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (!last.startsWith('{') || !last.endsWith('}')) throw new Error(`the last line of stdout is not one JSON object: ${JSON.stringify(last.slice(0, 200))}`);
  return JSON.parse(last) as T;
}

/** What `sitrep stats --json` prints. */
export interface StatsJson {
  documents: number;
  events: number;
  eventsByType: Record<string, number>;
  rejectedInputs: number;
  staleDocuments: number;
  unfinishedRun: { id: number; inputs: number; pending: number } | null;
}

/** `sitrep stats --db DB --json`, checked to exit 0. */
export function statsOf(db: string): StatsJson {
  const run = runSitrep(['stats', '--db', db, '--json']);
  if (run.status !== 0) throw new Error(`sitrep stats failed: ${said(run)}`);
  return lastJsonLine<StatsJson>(run.stdout);
}

/**
 * A fresh folder under os.tmpdir(), removed after the test file's tests. Call it at the top level
 * of the file: called inside a hook, `after` would belong to the hook and remove it at once.
 * Example: const dir = makeTempDir('ingest')
 */
export function makeTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-cli-${label}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
