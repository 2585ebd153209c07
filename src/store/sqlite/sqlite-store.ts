import type { Store } from '../store.js';
import { openDatabase } from './open-database.js';
import { prepareAnalysisWriter } from './write-analysis.js';
import { prepareIngestRuns } from './ingest-runs.js';
import { prepareReads } from './read-queries.js';

/**
 * Opens the SQLite store at `path` (created and migrated when needed; ':memory:' for tests).
 * Everything runs synchronously inside better-sqlite3; the Promises are there so callers are
 * written once for this store and a networked one.
 * Example: const store = await openSqliteStore('./sitrep.db'); await store.putAnalysis(doc, events, meta)
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const { db, schemaVersion } = openDatabase(path);
  const write = prepareAnalysisWriter(db);
  const putOne = db.transaction(write);
  const putMany = db.transaction((items: Parameters<Store['putMany']>[0]) =>
    items.map(({ doc, events, meta }) => write(doc, events, meta)));
  const runs = prepareIngestRuns(db);
  const reads = prepareReads(db);

  return {
    // IMMEDIATE: a write transaction that starts by reading could otherwise fail at once with
    // SQLITE_BUSY_SNAPSHOT when another process (a second ingest) commits in between; busy_timeout covers the wait.
    putAnalysis: async (doc, events, meta) => putOne.immediate(doc, events, meta),
    putMany: async (items) => putMany.immediate(items),
    hasDocument: async (contentHash) => reads.hasDocument(contentHash),
    getDocument: async (id) => reads.getDocument(id),
    getEvent: async (id) => reads.getEvent(id),
    queryEvents: async (filter) => reads.queryEvents(filter),
    countEvents: async (filter) => reads.countEvents(filter),
    searchDocuments: async (query, limit) => reads.searchDocuments(query, limit),
    documentsNeedingReprocess: async (pipelineVersion, lexiconVersion, limit) =>
      reads.documentsNeedingReprocess(pipelineVersion, lexiconVersion, limit),
    stats: async () => reads.stats(),
    beginIngestRun: async (inputs, options) => runs.beginIngestRun(inputs, options),
    ingestRunOptions: async (runId) => runs.ingestRunOptions(runId),
    markInputDone: async (runId, input) => runs.markInputDone(runId, input),
    pendingInputs: async (runId) => runs.pendingInputs(runId),
    finishIngestRun: async (runId) => runs.finishIngestRun(runId),
    lastUnfinishedRun: async () => runs.lastUnfinishedRun(),
    recordRejectedInput: async (input, diagnostic) => runs.recordRejectedInput(input, diagnostic),
    rejectedInputs: async (limit) => runs.rejectedInputs(limit),
    schemaVersion: async () => schemaVersion,
    async close() {
      if (db.open) db.close();
    },
  };
}
