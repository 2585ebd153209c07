import type Database from 'better-sqlite3';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { IngestRunSummary, RejectedInput } from '../store.js';

/**
 * Bookkeeping for resumable ingest: a run lists its inputs up front and marks each one done
 * after its documents are stored, so an interrupted `sitrep ingest` can go on with the rest.
 */
export function prepareIngestRuns(db: Database.Database) {
  const insertRun = db.prepare('INSERT INTO ingest_runs (started_at, options) VALUES (?, ?)');
  const runOptions = db.prepare('SELECT options FROM ingest_runs WHERE id = ?').pluck();
  const insertInput = db.prepare('INSERT OR IGNORE INTO ingest_run_inputs (run_id, position, input) VALUES (?, ?, ?)');
  const markDone = db.prepare('UPDATE ingest_run_inputs SET done_at = ? WHERE run_id = ? AND input = ?');
  const pending = db.prepare('SELECT input FROM ingest_run_inputs WHERE run_id = ? AND done_at IS NULL ORDER BY position').pluck();
  const finish = db.prepare('UPDATE ingest_runs SET finished_at = ? WHERE id = ?');
  const lastUnfinished = db.prepare(`
    SELECT r.id, r.started_at AS startedAt, count(i.input) AS inputs, count(i.input) - count(i.done_at) AS pending
    FROM ingest_runs r LEFT JOIN ingest_run_inputs i ON i.run_id = r.id
    WHERE r.finished_at IS NULL GROUP BY r.id ORDER BY r.id DESC LIMIT 1`);
  const insertRejected = db.prepare(
    'INSERT INTO rejected_inputs (input, rule, severity, message, at) VALUES (?, ?, ?, ?, ?)');
  const listRejected = db.prepare(
    'SELECT input, rule, severity, message, at FROM rejected_inputs ORDER BY id DESC LIMIT ?');

  const begin = db.transaction((inputs: string[], options: unknown) => {
    const runId = Number(insertRun.run(new Date().toISOString(), options === undefined ? null : JSON.stringify(options)).lastInsertRowid);
    inputs.forEach((input, position) => insertInput.run(runId, position, input));
    return runId;
  });

  return {
    beginIngestRun: (inputs: string[], options?: unknown): number => begin.immediate(inputs, options),
    ingestRunOptions(runId: number): unknown {
      const raw = runOptions.get(runId) as string | null | undefined;
      return raw ? JSON.parse(raw) : undefined;
    },
    markInputDone(runId: number, input: string): void {
      const changed = markDone.run(new Date().toISOString(), runId, input).changes;
      if (changed === 0) throw new Error(`Input "${input}" is not part of ingest run ${runId}: pass one of the inputs given to beginIngestRun.`);
    },
    pendingInputs: (runId: number): string[] => pending.all(runId) as string[],
    finishIngestRun(runId: number): void {
      finish.run(new Date().toISOString(), runId);
    },
    lastUnfinishedRun: (): IngestRunSummary | undefined => lastUnfinished.get() as IngestRunSummary | undefined,
    recordRejectedInput(input: string, diagnostic: Diagnostic): void {
      insertRejected.run(input, diagnostic.rule, diagnostic.severity, diagnostic.message, new Date().toISOString());
    },
    rejectedInputs: (limit = 100): RejectedInput[] => listRejected.all(limit) as RejectedInput[],
  };
}
