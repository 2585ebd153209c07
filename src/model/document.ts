/**
 * One article as published: its text is never rewritten; every Span points into it.
 * Example: { id: 'doc_3f2a9c0e1b7d4a55', contentHash: '3f2a…', text: 'Washington has asked…',
 *            published: '2016-07-28', outlet: 'Izvestia', language: 'en', origin: 'examples/articles/seed.txt' }
 */
export interface Document {
  /** 'doc_' + the first 16 hex digits of contentHash: stable across runs. */
  id: string;
  /** SHA-256 (hex) of the text: the same text is stored once. */
  contentHash: string;
  text: string;
  title?: string;
  /** Publication date, YYYY-MM-DD (or a full ISO timestamp). Absent: relative dates stay unresolved. */
  published?: string;
  /** IANA time zone of the outlet when known ('Asia/Damascus'); relative days resolve in it, else in UTC. */
  timeZone?: string;
  outlet?: string;
  url?: string;
  /** ISO 639-1 code; sitrep analyses 'en'. */
  language: string;
  /** Where the document was read from: a file path, 'stdin', 'feed.jsonl:17'. */
  origin?: string;
  /** The id the source gave the article (a JSONL `id` field), so results can be joined back to it: 'reuters-2016-0728-17'. */
  externalId?: string;
}
