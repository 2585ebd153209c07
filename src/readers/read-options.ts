import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';

/**
 * Metadata a reader can attach to a Document, from CLI flags, front matter, a sidecar,
 * HTML meta tags or JSONL fields. Values are raw until checked by checkMeta.
 * Example: { title: 'Washington asks Moscow…', published: '2016-07-28', outlet: 'Izvestia', url: 'https://iz.ru/…' }
 */
export interface DocumentMeta {
  title?: string;
  /** YYYY-MM-DD or an ISO 8601 timestamp; YAML may hand over a Date, which is normalised. */
  published?: string | Date;
  timeZone?: string;
  outlet?: string;
  url?: string;
  /** ISO 639-1 code; when given, language detection is skipped. */
  language?: string;
  /** The id the source gave the article (a JSONL `id` field). */
  externalId?: string;
}

/**
 * JSONL field names to read each Document field from, as given by `--map text=article_content,published=date`.
 * Example: { text: 'article_content', published: 'date' }
 */
export type FieldMap = Partial<Record<'text' | 'title' | 'published' | 'timeZone' | 'outlet' | 'url' | 'id', string>>;

/**
 * What every reader accepts: explicit metadata (it overrides what the input says about itself),
 * a JSONL field map and the size limit for one article's text.
 * Example: { published: '2016-07-28', outlet: 'Izvestia', map: { text: 'article_content' }, maxBytes: 10_000_000 }
 */
export interface ReadOptions extends Omit<DocumentMeta, 'externalId'> {
  map?: FieldMap;
  /** Largest article text accepted, in bytes of UTF-8. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

/** 10 MB: far above any real article, low enough that a stray log dump or database export is caught. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * What a reader returns: the Documents it could read and a diagnostic for everything it could not.
 * Example: { documents: [doc], diagnostics: [{ severity: 'error', rule: 'invalid-json', input: 'feed.jsonl:17', message: '…' }] }
 */
export interface ReadResult {
  documents: Document[];
  diagnostics: Diagnostic[];
}

/** The metadata fields of ReadOptions, without reader settings, for merging. */
export function metaFromOptions(options: ReadOptions): DocumentMeta {
  const { map: _map, maxBytes: _maxBytes, ...meta } = options;
  return dropUndefined(meta);
}

/** Later sources win field by field; an absent or undefined value never erases an earlier one. */
export function mergeMeta(...layers: (DocumentMeta | undefined)[]): DocumentMeta {
  const merged: DocumentMeta = {};
  for (const layer of layers) if (layer) Object.assign(merged, dropUndefined(layer));
  return merged;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
