import type { Document } from '../model/document.js';
import type { EventRecord } from '../model/event-record.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PloverType, AcledSubtype } from '../model/event-types.js';
import type { Factuality } from '../model/factuality.js';

/**
 * The versions that analysed a document, stored beside it so it can be reprocessed when they change.
 * Example: { pipelineVersion: '0.1.0', lexiconVersion: 'a41c09e2' }
 */
export interface AnalysisMeta {
  pipelineVersion: string;
  lexiconVersion: string;
}

/**
 * What putAnalysis did. Example: { stored: false, replaced: false } for the same text ingested twice.
 * `replaced` is true when the text was stored before by another pipeline or lexicon version and its events were swapped.
 */
export interface PutResult {
  stored: boolean;
  replaced: boolean;
}

/** One document with its events, as putMany takes it. Example: { doc, events: [ev], meta: { pipelineVersion: '0.1.0', lexiconVersion: 'a41c' } } */
export interface AnalysisItem {
  doc: Document;
  events: EventRecord[];
  meta: AnalysisMeta;
}

/**
 * A document as the store holds it: the Document plus when and by what it was analysed.
 * Example: { id: 'doc_3f2a…', text: '…', language: 'en', ingestedAt: '2024-05-02T10:11:12.000Z', pipelineVersion: '0.1.0', lexiconVersion: 'a41c09e2' }
 */
export interface StoredDocument extends Document {
  ingestedAt: string;
  pipelineVersion: string;
  lexiconVersion: string;
  /** The document this one is a near-copy of (wire copy reprinted), once near-duplicate detection sets it. */
  copyOf?: string;
}

/**
 * Matches an event's actors or recipients; `code` is a prefix ('SYR' finds SYRGOV and SYRREB),
 * `name` a substring of the dictionary name or of the words in the text. Both case-insensitive.
 * Example: { code: 'RUS', role: 'actor' }
 */
export interface ActorFilter {
  code?: string;
  name?: string;
  /** Absent: either side. */
  role?: 'actor' | 'recipient';
}

/**
 * Which events to return; every given field must match (AND). A list means any of its values (OR); an empty list is no constraint.
 * Example: { from: '2016-07-01', to: '2016-07-31', type: 'ASSAULT', country: 'SY', actor: 'SYRMIL', order: 'time', limit: 50 }
 */
export interface EventFilter {
  /** YYYY-MM-DD (or YYYY, YYYY-MM for a whole year or month): events whose time interval overlaps [from, to]; events with no resolved time are left out. */
  from?: string;
  to?: string;
  type?: PloverType | PloverType[];
  acled?: AcledSubtype | AcledSubtype[];
  /**
   * A string matches a code prefix or a name/mention substring on either side ('SYR', 'kerry');
   * objects say which; several must all match (Russia as actor AND Syria as recipient).
   */
  actor?: string | ActorFilter | ActorFilter[];
  /** ISO 3166-1 alpha-2 of the event's place, any case: 'SY'. */
  country?: string;
  /** Substring of the place's name or of its mention, case-insensitive: 'aleppo'. */
  place?: string;
  factuality?: Factuality | Factuality[];
  /** Words that must all occur in the document's title or text; user input is safe ("al-Nusra", 'it's'). */
  text?: string;
  documentId?: string;
  /** 'document' (default): ingest order, then position in the text; 'time': earliest first; 'time-desc': latest first. */
  order?: 'document' | 'time' | 'time-desc';
  limit?: number;
  offset?: number;
}

/** One full-text hit. Example: { id: 'doc_3f2a…', title: 'Air strikes hit Aleppo', snippet: '…government [air] [strikes] killed…' } */
export interface DocumentHit {
  id: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  /** Matched words in [brackets], elisions as '…'. */
  snippet: string;
}

/** Counts for `sitrep stats`. Example: { documents: 120, events: 1311, eventsByType: { ASSAULT: 402, … }, rejectedInputs: 3 } */
export interface StoreStats {
  documents: number;
  events: number;
  eventsByType: Record<string, number>;
  rejectedInputs: number;
}

/** An ingest run that has not finished. Example: { id: 4, startedAt: '2024-05-02T10:11:12.000Z', inputs: 300, pending: 120 } */
export interface IngestRunSummary {
  id: number;
  startedAt: string;
  inputs: number;
  pending: number;
}

/** An input that no reader could turn into a document. Example: { input: 'photo.jpg', rule: 'binary-input', severity: 'error', message: '…', at: '2024-…' } */
export interface RejectedInput {
  input: string;
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  at: string;
}

/**
 * Everything sitrep keeps. Implemented by SQLite (sqlite/sqlite-store.ts) and, later, PostgreSQL;
 * both pass test/store/store-contract.ts. Methods return Promises so a networked store fits the same callers.
 */
export interface Store {
  /**
   * Stores one analysed document and its events in one transaction: all of it or nothing.
   * The same text (content hash) is stored once; stored again with other versions, its events are replaced.
   */
  putAnalysis(doc: Document, events: EventRecord[], meta: AnalysisMeta): Promise<PutResult>;
  /** putAnalysis for many documents in ONE transaction: a failure stores none of them. Results in input order. */
  putMany(items: AnalysisItem[]): Promise<PutResult[]>;
  hasDocument(contentHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /** The event with the document it came from, for `sitrep show`. */
  getEvent(id: string): Promise<{ event: EventRecord; document: StoredDocument } | undefined>;
  queryEvents(filter: EventFilter): Promise<EventRecord[]>;
  /** How many events match, ignoring limit and offset. */
  countEvents(filter: EventFilter): Promise<number>;
  /** Best matches first, 20 unless `limit` says otherwise; a blank query finds nothing. */
  searchDocuments(query: string, limit?: number): Promise<DocumentHit[]>;
  /** Ids of documents analysed by another pipeline or lexicon version, in ingest order (all unless `limit`). */
  documentsNeedingReprocess(pipelineVersion: string, lexiconVersion: string, limit?: number): Promise<string[]>;
  stats(): Promise<StoreStats>;

  /** Starts a run over these inputs; `options` (JSON) are how they are read, given back to a resume. */
  beginIngestRun(inputs: string[], options?: unknown): Promise<number>;
  /** The options a run was begun with, or undefined. */
  ingestRunOptions(runId: number): Promise<unknown>;
  markInputDone(runId: number, input: string): Promise<void>;
  /** Inputs of the run not yet marked done, in the order given to beginIngestRun. */
  pendingInputs(runId: number): Promise<string[]>;
  finishIngestRun(runId: number): Promise<void>;
  lastUnfinishedRun(): Promise<IngestRunSummary | undefined>;
  recordRejectedInput(input: string, diagnostic: Diagnostic): Promise<void>;
  /** Latest first, 100 unless `limit` says otherwise. */
  rejectedInputs(limit?: number): Promise<RejectedInput[]>;

  /** The highest schema migration applied. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
