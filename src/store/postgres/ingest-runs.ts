import type pg from 'pg';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { IngestRunSummary, RejectedInput } from '../store.js';
import { inTransaction } from './in-transaction.js';

/**
 * Bookkeeping for resumable ingest: a run lists its inputs up front and marks each one done
 * after its documents are stored, so an interrupted `sitrep ingest` can go on with the rest.
 */
export function prepareIngestRuns(pool: pg.Pool) {
  return {
    beginIngestRun: (inputs: string[], options?: unknown): Promise<number> => inTransaction(pool, async (client) => {
      const { rows } = await client.query<{ id: number }>('INSERT INTO ingest_runs (options) VALUES ($1) RETURNING id', [options === undefined ? null : JSON.stringify(options)]);
      const runId = rows[0].id;
      // An input listed twice is one input, at its first position.
      await client.query(
        `INSERT INTO ingest_run_inputs (run_id, position, input)
         SELECT $1, i.n - 1, i.input FROM unnest($2::text[]) WITH ORDINALITY AS i(input, n) ORDER BY i.n
         ON CONFLICT DO NOTHING`, [runId, inputs]);
      return runId;
    }),
    async ingestRunOptions(runId: number): Promise<unknown> {
      const { rows } = await pool.query<{ options: unknown }>('SELECT options FROM ingest_runs WHERE id = $1', [runId]);
      return rows[0]?.options ?? undefined;
    },
    async markInputDone(runId: number, input: string): Promise<void> {
      const { rowCount } = await pool.query(
        'UPDATE ingest_run_inputs SET done_at = now() WHERE run_id = $1 AND input = $2', [runId, input]);
      if (!rowCount) throw new Error(`Input "${input}" is not part of ingest run ${runId}: pass one of the inputs given to beginIngestRun.`);
    },
    async pendingInputs(runId: number): Promise<string[]> {
      const { rows } = await pool.query<{ input: string }>(
        'SELECT input FROM ingest_run_inputs WHERE run_id = $1 AND done_at IS NULL ORDER BY position', [runId]);
      return rows.map((r) => r.input);
    },
    async finishIngestRun(runId: number): Promise<void> {
      await pool.query('UPDATE ingest_runs SET finished_at = now() WHERE id = $1', [runId]);
    },
    async lastUnfinishedRun(): Promise<IngestRunSummary | undefined> {
      const { rows } = await pool.query<{ id: number; started_at: Date; inputs: number; pending: number }>(`
        SELECT r.id, r.started_at, count(i.input)::integer AS inputs, (count(i.input) - count(i.done_at))::integer AS pending
        FROM ingest_runs r LEFT JOIN ingest_run_inputs i ON i.run_id = r.id
        WHERE r.finished_at IS NULL GROUP BY r.id ORDER BY r.id DESC LIMIT 1`);
      const row = rows[0];
      return row && { id: row.id, startedAt: row.started_at.toISOString(), inputs: row.inputs, pending: row.pending };
    },
    async recordRejectedInput(input: string, diagnostic: Diagnostic): Promise<void> {
      await pool.query('INSERT INTO rejected_inputs (input, rule, severity, message) VALUES ($1, $2, $3, $4)',
        [input, diagnostic.rule, diagnostic.severity, diagnostic.message]);
    },
    async rejectedInputs(limit = 100): Promise<RejectedInput[]> {
      const { rows } = await pool.query<{ input: string; rule: string; severity: RejectedInput['severity']; message: string; at: Date }>(
        'SELECT input, rule, severity, message, at FROM rejected_inputs ORDER BY id DESC LIMIT $1', [limit]);
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
  };
}
