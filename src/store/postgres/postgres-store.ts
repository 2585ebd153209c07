import type { Store } from '../store.js';
import { inTransaction } from './in-transaction.js';
import { describeUrl, openPool } from './open-pool.js';
import { runMigrations } from './run-migrations.js';
import { writeAnalyses } from './write-analysis.js';
import { prepareIngestRuns } from './ingest-runs.js';
import { prepareReads } from './read-queries.js';

/**
 * Opens the PostgreSQL store at `url` (a postgres:// or postgresql:// URL), migrating its schema
 * when needed. Tables go in the first schema of the search_path, which the URL may set:
 * postgres://sitrep@db/sitrep?options=-c%20search_path%3Dnewsroom. Many processes may share one
 * database; each write is one transaction. close() ends the connection pool.
 * Example: const store = await openPostgresStore('postgres://sitrep@127.0.0.1:5432/sitrep')
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = await openPool(url);
  let schemaVersion: number;
  try {
    schemaVersion = await runMigrations(pool, describeUrl(url));
  } catch (err) {
    await pool.end();
    throw err;
  }
  const runs = prepareIngestRuns(pool);
  const reads = prepareReads(pool);
  let closed = false;

  return {
    putAnalysis: async (doc, events, meta) => (await inTransaction(pool, (c) => writeAnalyses(c, [{ doc, events, meta }])))[0],
    putMany: (items) => inTransaction(pool, (c) => writeAnalyses(c, items)),
    hasDocument: reads.hasDocument,
    getDocument: reads.getDocument,
    getEvent: reads.getEvent,
    queryEvents: reads.queryEvents,
    countEvents: reads.countEvents,
    searchDocuments: reads.searchDocuments,
    documentsNeedingReprocess: reads.documentsNeedingReprocess,
    stats: reads.stats,
    ...runs,
    schemaVersion: async () => schemaVersion,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
