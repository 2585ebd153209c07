import { createReadStream } from 'node:fs';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import { checkMeta, describeFlag } from './check-meta.js';
import { checkText, sniffBinary, tooLarge } from './check-text.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';
import { makeDocument } from './make-document.js';
import { pickFields } from './pick-fields.js';
import { readHead } from './read-file-bytes.js';
import { splitLines } from './split-lines.js';
import { DEFAULT_MAX_BYTES, mergeMeta, metaFromOptions, type DocumentMeta, type ReadOptions, type ReadResult } from './read-options.js';

/**
 * What readJsonlStream yields for each line: a Document, or a diagnostic, or (for an option problem
 * that concerns the whole file) a diagnostic with line 0. Example: { line: 17, document: { id: 'doc_…', origin: 'feed.jsonl:17', … } }
 */
export interface JsonlItem {
  line: number;
  document?: Document;
  diagnostic?: Diagnostic;
}

/** JSON escapes and the other fields make a line larger than its text; beyond this a line is not worth parsing. */
const LINE_OVERHEAD = 2;
/** Duplicate lines are reported among the first million texts; past that the store still dedupes by hash. */
const MAX_REMEMBERED = 1_000_000;

/**
 * Reads a JSONL file one line at a time, so a file of any size streams in constant memory.
 * Each line is one article; a bad line is a diagnostic and the rest are still read.
 * Example: for await (const item of readJsonlStream('feed.jsonl', { map: { text: 'article_content' } })) …
 */
export async function* readJsonlStream(path: string, options: ReadOptions = {}): AsyncGenerator<JsonlItem> {
  const { head, diagnostics } = await readHead(path);
  if (!head) { for (const diagnostic of diagnostics) yield { line: 0, diagnostic }; return; }
  // A gzipped feed renamed .jsonl would otherwise give one invalid-JSON error a line.
  const binary = sniffBinary(head, path);
  if (binary) { yield { line: 0, diagnostic: binary }; return; }
  yield* readJsonlSource(createReadStream(path, { highWaterMark: 1 << 20 }), path, options);
}

/**
 * Reads JSONL from any stream of byte chunks (a file, stdin), naming lines `${name}:${line}`.
 * Example: readJsonlSource(process.stdin, 'stdin', {})
 */
export async function* readJsonlSource(chunks: AsyncIterable<Buffer | string>, name: string, options: ReadOptions): AsyncGenerator<JsonlItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const flags = checkMeta(metaFromOptions(options), name, describeFlag, 'error');
  for (const diagnostic of flags.diagnostics) yield { line: 0, diagnostic };
  const seen = new Map<string, string>();
  let lines = 0;
  let records = 0;
  try {
    for await (const item of splitLines(chunks, maxBytes * LINE_OVERHEAD)) {
      lines++;
      if (!isBlank(item.bytes)) records++;
      const input = `${name}:${item.line}`;
      if (item.tooLong !== undefined) { yield { line: item.line, diagnostic: tooLarge(input, item.tooLong, maxBytes * LINE_OVERHEAD) }; continue; }
      for (const result of readLine(item.bytes, input, options, maxBytes, flags.meta)) {
        if (result.document) {
          const first = seen.get(result.document.id);
          if (first) {
            yield { line: item.line, diagnostic: { severity: 'info', rule: 'duplicate-text', input, message: `${input}: same text as ${first}; it is stored once` } };
          } else if (seen.size < MAX_REMEMBERED) seen.set(result.document.id, input);
        }
        yield { line: item.line, ...result };
      }
    }
    if (records === 0) yield { line: 0, diagnostic: { severity: 'error', rule: 'empty-input', input: name, message: `${name}: holds no JSON lines; give one article a line as {"text": "…"}` } };
  } catch (error) {
    yield { line: lines, diagnostic: { severity: 'error', rule: 'input-unreadable', input: name, message: `${name}: reading stopped after line ${lines} (${(error as Error).message}); check the file and read it again` } };
  }
}

function* readLine(bytes: Buffer, input: string, options: ReadOptions, maxBytes: number, flagMeta: DocumentMeta): Generator<Omit<JsonlItem, 'line'>> {
  // Blank lines (a trailing newline, spacing between records) carry nothing and are not an error.
  if (isBlank(bytes)) return;
  // Editors on Windows start a file with a byte order mark, which JSON.parse rejects.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const error = (rule: string, message: string): Omit<JsonlItem, 'line'> => ({ diagnostic: { severity: 'error', rule, input, message: `${input}: ${message}` } });
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) { yield error('invalid-utf8', `invalid UTF-8 at byte ${bad} of the line: re-encode the file as UTF-8`); return; }
  let record: unknown;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    yield error('invalid-json', `not valid JSON (${(e as Error).message}); fix or remove the line (each line must be one JSON object)`);
    return;
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    yield error('invalid-json', `is ${Array.isArray(record) ? 'an array' : JSON.stringify(record)}, not a JSON object; write each article as {"text": "…", "published": "…"}`);
    return;
  }
  const picked = pickFields(record as Record<string, unknown>, options.map);
  if (typeof picked.text !== 'string') {
    const keys = Object.keys(record).slice(0, 8).join(', ');
    const where = options.map?.text ? `field '${options.map.text}'` : "field 'text' (or 'content', 'body')";
    yield error('missing-text', picked.text === undefined
      ? `has no ${where}; its fields are: ${keys || 'none'}. Map the text field with --map text=FIELD`
      : `${where.replace(/ \(.*/, '')} is ${typeof picked.text}, not a string; give the article text as a string`);
    return;
  }
  const text = checkText(picked.text, input, maxBytes);
  if (text.text === undefined) { for (const diagnostic of text.diagnostics) yield { diagnostic }; return; }
  const own = checkMeta(picked.meta, input, (f) => `field '${picked.keys[f] ?? f}'`, 'error');
  for (const diagnostic of own.diagnostics) yield { diagnostic };
  const made = makeDocument(text.text, mergeMeta(own.meta, flagMeta), input);
  for (const diagnostic of made.diagnostics) yield { diagnostic };
  yield { document: made.document };
}

function isBlank(bytes: Buffer | undefined): boolean {
  return bytes !== undefined && bytes.every((b) => b === 0x20 || b === 0x09);
}

/**
 * Reads a whole JSONL file into one result; for very large files prefer readJsonlStream.
 * Example: await readJsonl('feed.jsonl', {}) → { documents: [9999 docs], diagnostics: [{ input: 'feed.jsonl:17', rule: 'invalid-json', … }] }
 */
export async function readJsonl(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { documents: [], diagnostics: [] };
  for await (const item of readJsonlStream(path, options)) {
    if (item.document) result.documents.push(item.document);
    if (item.diagnostic) result.diagnostics.push(item.diagnostic);
  }
  return result;
}
