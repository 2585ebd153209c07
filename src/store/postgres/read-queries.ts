import type pg from 'pg';
import type { EventRecord } from '../../model/event-record.js';
import type { DocumentHit, EventFilter, StoredDocument, StoreStats } from '../store.js';
import { eventFilterSql, eventOrderSql, needsDocuments, pageSql } from './event-filter-sql.js';
import { SqlParams } from './sql-params.js';
import { tsQuerySql } from './text-search-query.js';

interface DocumentRow {
  id: string; content_hash: string; text: string; title: string | null; published: string | null;
  time_zone: string | null; outlet: string | null; url: string | null; language: string; origin: string | null;
  ingested_at: Date; pipeline_version: string; lexicon_version: string; copy_of: string | null;
}

const DOCUMENT_COLUMNS = `id, content_hash, text, title, published, time_zone, outlet, url, language, origin,
                          ingested_at, pipeline_version, lexicon_version, copy_of`;
// Matched words in [brackets]; fragments joined by an ellipsis, as FTS5's snippet() gives them.
const FRAGMENT_DELIMITER = ' … ';
const HEADLINE_OPTIONS = `StartSel=[, StopSel=], MaxWords=20, MinWords=8, ShortWord=2, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;

/** The store's reads; every one is a single statement on whichever pooled connection is free. */
export function prepareReads(pool: pg.Pool) {
  const documentById = async (id: string): Promise<StoredDocument | undefined> => {
    const { rows } = await pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
    return rows[0] && storedDocument(rows[0]);
  };

  return {
    async hasDocument(contentHash: string): Promise<boolean> {
      const { rowCount } = await pool.query('SELECT 1 FROM documents WHERE content_hash = $1', [contentHash]);
      return (rowCount ?? 0) > 0;
    },
    getDocument: documentById,
    async getEvent(id: string): Promise<{ event: EventRecord; document: StoredDocument } | undefined> {
      const { rows } = await pool.query<{ record: EventRecord; document_id: string }>(
        'SELECT record, document_id FROM events WHERE id = $1', [id]);
      if (!rows[0]) return undefined;
      return { event: rows[0].record, document: (await documentById(rows[0].document_id))! };
    },
    async queryEvents(filter: EventFilter): Promise<EventRecord[]> {
      const params = new SqlParams();
      const where = eventFilterSql(filter, params);
      const page = pageSql(filter, params);
      // The ingest order is on the event row (document_seq): the documents are joined for a text filter only.
      const { rows } = await pool.query<{ record: EventRecord }>(
        `SELECT e.record FROM events e ${needsDocuments(filter) ? 'JOIN documents d ON d.id = e.document_id' : ''}
         WHERE ${where} ORDER BY ${eventOrderSql(filter.order)} ${page}`, params.values);
      return rows.map((r) => r.record);
    },
    async countEvents(filter: EventFilter): Promise<number> {
      const params = new SqlParams();
      const where = eventFilterSql(filter, params);
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM events e ${needsDocuments(filter) ? 'JOIN documents d ON d.id = e.document_id' : ''} WHERE ${where}`, params.values);
      return rows[0].n;
    },
    async searchDocuments(query: string, limit = 20): Promise<DocumentHit[]> {
      const params = new SqlParams();
      const tsquery = tsQuerySql(query, params);
      if (!tsquery) return [];
      // The snippet is made for the hits only, after the limit: ts_headline re-parses the whole text.
      const { rows } = await pool.query<Record<string, string | null>>(`
        WITH q AS (SELECT ${tsquery} AS q),
        hits AS (
          SELECT d.seq, d.id, d.title, d.published, d.outlet, d.url, d.text, ts_rank(d.search, q.q) AS rank
          FROM documents d, q WHERE d.search @@ q.q ORDER BY rank DESC, d.seq LIMIT ${params.add(limit)})
        SELECT h.id, h.title, h.published, h.outlet, h.url, h.text,
               ts_headline('simple', h.text, q.q, '${HEADLINE_OPTIONS}') AS snippet
        FROM hits h, q ORDER BY h.rank DESC, h.seq`, params.values);
      return rows.map(({ text, snippet, ...hit }) =>
        withoutNulls({ ...hit, snippet: withElisions(snippet ?? '', text ?? '') }) as unknown as DocumentHit);
    },
    async documentsNeedingReprocess(pipelineVersion: string, lexiconVersion: string, limit?: number): Promise<string[]> {
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM documents WHERE pipeline_version <> $1 OR lexicon_version <> $2 ORDER BY seq LIMIT $3`,
        [pipelineVersion, lexiconVersion, limit ?? null]);
      return rows.map((r) => r.id);
    },
    async stats(): Promise<StoreStats> {
      // One statement, so the three counts come from one snapshot.
      const { rows } = await pool.query<{ documents: number; rejected: number; by_type: Record<string, number> }>(`
        SELECT (SELECT count(*)::integer FROM documents) AS documents,
               (SELECT count(*)::integer FROM rejected_inputs) AS rejected,
               (SELECT coalesce(jsonb_object_agg(type, n ORDER BY type), '{}')
                FROM (SELECT type, count(*)::integer AS n FROM events GROUP BY type) t) AS by_type`);
      const { documents, rejected, by_type: eventsByType } = rows[0];
      const events = Object.values(eventsByType).reduce((sum, n) => sum + n, 0);
      return { documents, events, eventsByType, rejectedInputs: rejected };
    },
  };
}

function storedDocument(row: DocumentRow): StoredDocument {
  return withoutNulls({
    id: row.id, contentHash: row.content_hash, text: row.text, title: row.title, published: row.published,
    timeZone: row.time_zone, outlet: row.outlet, url: row.url, language: row.language, origin: row.origin,
    ingestedAt: row.ingested_at.toISOString(), pipelineVersion: row.pipeline_version, lexiconVersion: row.lexicon_version,
    copyOf: row.copy_of,
  }) as unknown as StoredDocument;
}

/** ts_headline marks no cut at either end; FTS5's snippet() does, and DocumentHit promises it. */
function withElisions(snippet: string, text: string): string {
  // Punctuation at either end of the text is not a word, so leaving it out is no cut.
  const bare = (s: string) => s.replace(/[[\]]/g, '').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  const fragments = snippet.split(FRAGMENT_DELIMITER).map(bare);
  const head = bare(text).startsWith(fragments[0]) ? '' : '…';
  const tail = bare(text).endsWith(fragments[fragments.length - 1]) ? '' : '…';
  return `${head}${snippet}${tail}`;
}

/** SQL NULL is an absent optional field in the model, not a null one. */
function withoutNulls<T extends Record<string, unknown>>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<T>;
}
