import type Database from 'better-sqlite3';
import type { EventRecord } from '../../model/event-record.js';
import type { DocumentHit, EventFilter, StoredDocument, StoreStats } from '../store.js';
import { eventsQuerySql, countEventsSql } from './event-filter-sql.js';
import { ftsQuery } from './fts-query.js';

interface DocumentRow {
  id: string; content_hash: string; text: string; title: string | null; published: string | null;
  time_zone: string | null; outlet: string | null; url: string | null; language: string; origin: string | null;
  ingested_at: string; pipeline_version: string; lexicon_version: string; copy_of: string | null;
}

/** The store's reads. Filtered event queries are built per call; the fixed ones are prepared once. */
export function prepareReads(db: Database.Database) {
  const hasDocument = db.prepare('SELECT 1 FROM documents WHERE content_hash = ?').pluck();
  const getDocument = db.prepare('SELECT * FROM documents WHERE id = ?');
  const getEvent = db.prepare('SELECT record, document_id FROM events WHERE id = ?');
  const search = db.prepare(`
    SELECT d.id, d.title, d.published, d.outlet, d.url,
           snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
    FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`);
  const needingReprocess = db.prepare(`
    SELECT id FROM documents WHERE pipeline_version <> ? OR lexicon_version <> ? ORDER BY seq LIMIT ?`).pluck();
  const countDocuments = db.prepare('SELECT count(*) FROM documents').pluck();
  const countRejected = db.prepare('SELECT count(*) FROM rejected_inputs').pluck();
  const eventsByType = db.prepare('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type');

  const documentById = (id: string): StoredDocument | undefined => {
    const row = getDocument.get(id) as DocumentRow | undefined;
    return row && storedDocument(row);
  };

  return {
    hasDocument: (contentHash: string): boolean => hasDocument.get(contentHash) !== undefined,
    getDocument: documentById,
    getEvent(id: string): { event: EventRecord; document: StoredDocument } | undefined {
      const row = getEvent.get(id) as { record: string; document_id: string } | undefined;
      if (!row) return undefined;
      return { event: JSON.parse(row.record) as EventRecord, document: documentById(row.document_id)! };
    },
    queryEvents(filter: EventFilter): EventRecord[] {
      const { sql, params } = eventsQuerySql(filter);
      const records = db.prepare(sql).pluck().all(...params) as string[];
      return records.map((r) => JSON.parse(r) as EventRecord);
    },
    countEvents(filter: EventFilter): number {
      const { sql, params } = countEventsSql(filter);
      return db.prepare(sql).pluck().get(...params) as number;
    },
    searchDocuments(query: string, limit = 20): DocumentHit[] {
      const match = ftsQuery(query);
      if (!match) return [];
      const rows = search.all(match, limit) as Record<string, string | null>[];
      return rows.map((r) => withoutNulls({ ...r, snippet: r.snippet ?? '' }) as unknown as DocumentHit);
    },
    documentsNeedingReprocess: (pipelineVersion: string, lexiconVersion: string, limit = -1): string[] =>
      needingReprocess.all(pipelineVersion, lexiconVersion, limit) as string[],
    stats(): StoreStats {
      const byType: Record<string, number> = {};
      let events = 0;
      for (const { type, n } of eventsByType.all() as { type: string; n: number }[]) {
        byType[type] = n;
        events += n;
      }
      return {
        documents: countDocuments.get() as number,
        events,
        eventsByType: byType,
        rejectedInputs: countRejected.get() as number,
      };
    },
  };
}

function storedDocument(row: DocumentRow): StoredDocument {
  return withoutNulls({
    id: row.id, contentHash: row.content_hash, text: row.text, title: row.title, published: row.published,
    timeZone: row.time_zone, outlet: row.outlet, url: row.url, language: row.language, origin: row.origin,
    ingestedAt: row.ingested_at, pipelineVersion: row.pipeline_version, lexiconVersion: row.lexicon_version,
    copyOf: row.copy_of,
  }) as unknown as StoredDocument;
}

/** SQL NULL is an absent optional field in the model, not a null one. */
function withoutNulls<T extends Record<string, unknown>>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<T>;
}
