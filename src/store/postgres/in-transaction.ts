import type pg from 'pg';

// PostgreSQL aborts one of two transactions that wait on each other (deadlock_detected) and
// expects the caller to run it again; the writes here are idempotent, so that is safe.
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Runs `fn` inside BEGIN … COMMIT on one pooled connection: all of it or, on any error, none of it.
 * A deadlock or serialization failure is retried; anything else is rethrown after ROLLBACK.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A connection that cannot even roll back is dropped, not returned to the pool.
      await client.query('ROLLBACK').catch(() => { broken = true; });
      const code = (err as { code?: string }).code;
      if (!broken && code && RETRYABLE.has(code) && attempt < ATTEMPTS) continue;
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
