import type pg from 'pg';
import type { Document } from '../../model/document.js';
import type { EventRecord } from '../../model/event-record.js';
import type { AnalysisItem, AnalysisMeta, PutResult } from '../store.js';
import { foldForSearch } from '../sqlite/fold-for-search.js';
import { insertRecordset, type RecordsetColumn } from './recordset-insert.js';
import { insertEvents } from './event-tables.js';

const DOCUMENT_COLUMNS: RecordsetColumn[] = [
  ['id', 'id', 'text'], ['content_hash', 'contentHash', 'text'], ['text', 'text', 'text'], ['title', 'title', 'text'],
  ['published', 'published', 'text'], ['time_zone', 'timeZone', 'text'], ['outlet', 'outlet', 'text'], ['url', 'url', 'text'],
  ['language', 'language', 'text'], ['origin', 'origin', 'text'],
  ['pipeline_version', 'pipelineVersion', 'text'], ['lexicon_version', 'lexiconVersion', 'text'],
];
// Title words weigh more than body words when search ranks its hits.
const SEARCH_VECTOR =
  `setweight(to_tsvector('simple', coalesce(r."titleKey", '')), 'A') || setweight(to_tsvector('simple', r."textKey"), 'B')`;
// A tsvector holds at most 1 MB; articles are far shorter, and a pathological input is indexed
// by its beginning rather than refused.
const MAX_INDEXED_CHARACTERS = 300_000;

/** What one content hash becomes over the batch, its items applied in order as if stored one at a time. */
interface Plan {
  id: string;
  meta: AnalysisMeta;
  /** Events to write: those of the last item that stored something; undefined while nothing changes. */
  events?: EventRecord[];
  /** Inserted by this batch: no old events to delete, no versions to update. */
  fresh: boolean;
  replaced: boolean;
}

/**
 * Writes a batch of analysed documents inside the caller's transaction, in a fixed number of
 * statements whatever the batch size. The same content hash is stored once; stored again with other
 * versions, its events are replaced. Concurrent batches are safe: documents are inserted with
 * ON CONFLICT DO NOTHING, and the ones already there are locked (FOR UPDATE) before their versions
 * are compared.
 */
export async function writeAnalyses(client: pg.PoolClient, items: readonly AnalysisItem[]): Promise<PutResult[]> {
  for (const { doc, events } of items) checkItem(doc, events);
  const firstByHash = new Map<string, AnalysisItem>();
  for (const item of items) if (!firstByHash.has(item.doc.contentHash)) firstByHash.set(item.doc.contentHash, item);
  const hashes = [...firstByHash.keys()];
  if (hashes.length === 0) return [];

  // Rows are inserted in input order (it is the ingest order reads return), which differs
  // between batches; so writers first take a lock per content hash in one global order, and
  // two batches sharing documents wait for each other instead of deadlocking.
  await client.query(
    'SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(h, 0) AS k FROM unnest($1::text[]) AS h) l ORDER BY k',
    [hashes]);
  const inserted = await insertRecordset(client, 'documents', DOCUMENT_COLUMNS, hashes.map((h) => documentRow(firstByHash.get(h)!)), {
    inputs: [['titleKey', 'text'], ['textKey', 'text']],
    computed: [['search', SEARCH_VECTOR]],
    suffix: 'ON CONFLICT (content_hash) DO NOTHING RETURNING content_hash',
  });
  const plans = new Map<string, Plan>();
  for (const { content_hash: hash } of inserted.rows as { content_hash: string }[]) {
    const { doc, meta } = firstByHash.get(hash)!;
    plans.set(hash, { id: doc.id, meta, fresh: true, replaced: false });
  }
  const stored = hashes.filter((h) => !plans.has(h));
  if (stored.length) {
    const existing = await client.query<{ id: string; content_hash: string; pipeline_version: string; lexicon_version: string }>(
      `SELECT id, content_hash, pipeline_version, lexicon_version FROM documents
       WHERE content_hash = ANY($1::text[]) FOR UPDATE`, [stored]);
    for (const row of existing.rows) {
      plans.set(row.content_hash, {
        id: row.id, meta: { pipelineVersion: row.pipeline_version, lexiconVersion: row.lexicon_version }, fresh: false, replaced: false,
      });
    }
  }

  const results = items.map(({ doc, events, meta }, index): PutResult => {
    const plan = plans.get(doc.contentHash);
    if (!plan) throw new Error(`Document ${doc.id} was deleted while this batch was being stored: store the batch again.`);
    if (plan.fresh && plan.events === undefined && firstByHash.get(doc.contentHash) === items[index]) {
      plan.events = events;
      return { stored: true, replaced: false };
    }
    if (sameVersions(plan.meta, meta)) return { stored: false, replaced: false };
    Object.assign(plan, { meta, events, replaced: true });
    return { stored: true, replaced: true };
  });

  const replaced = [...plans.values()].filter((p) => p.replaced);
  if (replaced.length) {
    const stale = replaced.filter((p) => !p.fresh).map((p) => p.id);
    // Child rows go with their events through ON DELETE CASCADE.
    if (stale.length) await client.query('DELETE FROM events WHERE document_id = ANY($1::text[])', [stale]);
    await client.query(
      `UPDATE documents d SET pipeline_version = r.pipeline, lexicon_version = r.lexicon
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, pipeline text, lexicon text) WHERE d.id = r.id`,
      [JSON.stringify(replaced.map((p) => ({ id: p.id, pipeline: p.meta.pipelineVersion, lexicon: p.meta.lexiconVersion })))]);
  }
  await insertEvents(client, [...plans.values()].flatMap((p) => (p.events ? [{ events: p.events, meta: p.meta }] : [])));
  return results;
}

function documentRow({ doc, meta }: AnalysisItem): object {
  return {
    id: doc.id, contentHash: doc.contentHash, text: doc.text, title: doc.title ?? null, published: doc.published ?? null,
    timeZone: doc.timeZone ?? null, outlet: doc.outlet ?? null, url: doc.url ?? null, language: doc.language,
    origin: doc.origin ?? null, pipelineVersion: meta.pipelineVersion, lexiconVersion: meta.lexiconVersion,
    // Folded here because PostgreSQL cannot drop accents without the unaccent extension.
    titleKey: doc.title === undefined ? null : foldForSearch(doc.title),
    textKey: foldForSearch(doc.text.slice(0, MAX_INDEXED_CHARACTERS)),
  };
}

function sameVersions(a: AnalysisMeta, b: AnalysisMeta): boolean {
  return a.pipelineVersion === b.pipelineVersion && a.lexiconVersion === b.lexiconVersion;
}

function checkItem(doc: Document, events: readonly EventRecord[]): void {
  for (const event of events) {
    if (event.documentId !== doc.id) {
      throw new Error(`Event ${event.id} belongs to document ${event.documentId}, not ${doc.id}: the pipeline mixed documents up.`);
    }
  }
  for (const [field, value] of Object.entries(doc)) {
    if (typeof value === 'string' && value.includes('\u0000')) {
      throw new Error(`Document ${doc.id} has a NUL character in its ${field}, which PostgreSQL cannot store in text: ` +
        'a reader should have rejected the input as binary.');
    }
  }
}
