import type pg from 'pg';
import type { EventRecord } from '../../model/event-record.js';
import type { AnalysisMeta } from '../store.js';
import { eventRows } from '../sqlite/event-rows.js';
import { insertRecordset, type RecordsetColumn } from './recordset-insert.js';

// The keys are those of ../sqlite/event-rows.ts, which both stores use to turn a record into rows.
const EVENT_COLUMNS: RecordsetColumn[] = [
  ['id', 'id', 'text'], ['document_id', 'documentId', 'text'], ['type', 'type', 'text'], ['mode', 'mode', 'text'],
  ['cameo', 'cameo', 'text'], ['acled', 'acled', 'text'], ['other_class', 'otherClass', 'text'],
  ['factuality', 'factuality', 'text'], ['trigger_start', 'triggerStart', 'integer'], ['trigger_end', 'triggerEnd', 'integer'],
  ['trigger_text', 'triggerText', 'text'], ['time_start', 'timeStart', 'text'], ['time_end', 'timeEnd', 'text'],
  ['time_precision', 'timePrecision', 'text'], ['place_id', 'placeId', 'text'], ['place_name', 'placeName', 'text'],
  ['place_text', 'placeText', 'text'], ['place_key', 'placeKey', 'text'], ['place_country', 'placeCountry', 'text'],
  ['lat', 'lat', 'double precision'], ['lon', 'lon', 'double precision'], ['place_precision', 'placePrecision', 'text'],
  ['confidence', 'confidence', 'double precision'], ['pipeline_version', 'pipelineVersion', 'text'],
  ['lexicon_version', 'lexiconVersion', 'text'], ['record', 'record', 'jsonb'],
];
const SPAN: RecordsetColumn[] = [['start', 'start', 'integer'], ['end', 'end', 'integer']];
const ACTOR_COLUMNS: RecordsetColumn[] = [
  ['event_id', 'eventId', 'text'], ['role', 'role', 'text'], ['position', 'position', 'integer'],
  ['actor_id', 'actorId', 'text'], ['code', 'code', 'text'], ['name', 'name', 'text'], ['country', 'country', 'text'],
  ['text', 'text', 'text'], ['search_key', 'searchKey', 'text'], ...SPAN,
];
const PLACE_COLUMNS: RecordsetColumn[] = [
  ['event_id', 'eventId', 'text'], ['position', 'position', 'integer'], ['place_id', 'placeId', 'text'], ['name', 'name', 'text'],
  ['text', 'text', 'text'], ['search_key', 'searchKey', 'text'], ['country', 'country', 'text'], ['lat', 'lat', 'double precision'],
  ['lon', 'lon', 'double precision'], ['precision', 'precision', 'text'], ...SPAN,
];
const EVIDENCE_COLUMNS: RecordsetColumn[] = [
  ['event_id', 'eventId', 'text'], ['field', 'field', 'text'], ['position', 'position', 'integer'], ...SPAN,
];
const SOURCE_COLUMNS: RecordsetColumn[] = [
  ['event_id', 'eventId', 'text'], ['position', 'position', 'integer'], ['name', 'name', 'text'],
  ['kind', 'kind', 'text'], ['code', 'code', 'text'], ...SPAN,
];
const CASUALTY_COLUMNS: RecordsetColumn[] = [
  ['event_id', 'eventId', 'text'], ['outcome', 'outcome', 'text'], ['category', 'category', 'text'],
  ['position', 'position', 'integer'], ['low', 'low', 'integer'], ['best', 'best', 'integer'], ['high', 'high', 'integer'],
  ['text', 'text', 'text'], ['vague', 'vague', 'text'], ...SPAN,
];

/** Inserts events and their child rows (actors, further places, evidence, sources, casualty figures): six statements for any number of events. */
export async function insertEvents(client: pg.PoolClient, batches: { events: readonly EventRecord[]; meta: AnalysisMeta }[]): Promise<void> {
  const tables = { events: [] as object[], actors: [] as object[], places: [] as object[], evidence: [] as object[], sources: [] as object[], casualties: [] as object[] };
  for (const { events, meta } of batches) {
    for (const event of events) {
      const rows = eventRows(event, meta);
      // The record goes in as JSON, not as the JSON text event-rows makes for SQLite.
      tables.events.push({ ...rows.event, record: event });
      tables.actors.push(...rows.actors);
      tables.places.push(...rows.places);
      tables.evidence.push(...rows.evidence);
      tables.sources.push(...rows.sources);
      tables.casualties.push(...rows.casualties);
    }
  }
  if (tables.events.length === 0) return;
  // Events first: the child rows reference them.
  // The document's ingest order is copied onto its events: the default order reads it from events_order (migration 7).
  await insertRecordset(client, 'events', EVENT_COLUMNS, tables.events, {
    computed: [['document_seq', '(SELECT d.seq FROM documents d WHERE d.id = r."documentId")']],
  });
  const children: [string, RecordsetColumn[], object[]][] = [
    ['event_actors', ACTOR_COLUMNS, tables.actors],
    ['event_places', PLACE_COLUMNS, tables.places],
    ['event_evidence', EVIDENCE_COLUMNS, tables.evidence],
    ['event_sources', SOURCE_COLUMNS, tables.sources],
    ['event_casualties', CASUALTY_COLUMNS, tables.casualties],
  ];
  for (const [table, columns, rows] of children) {
    if (rows.length) await insertRecordset(client, table, columns, rows);
  }
}
