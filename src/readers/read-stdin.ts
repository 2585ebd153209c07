import { Readable } from 'node:stream';
import { decodeText, sniffBinary, tooLarge } from './check-text.js';
import { HTML_OVERHEAD, htmlToDocument } from './read-html.js';
import { readJsonlSource } from './read-jsonl.js';
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from './read-options.js';
import { textToDocument } from './read-text.js';
import { sniffFormat } from './sniff-format.js';

const STDIN = 'stdin';

/**
 * Reads stdin (or any stream given) and decides by content whether it is HTML, JSONL or text.
 * JSONL streams line by line; text and HTML are read whole up to the size limit and then drained.
 * Example: `cat story.html | sitrep ingest -` → await readStdin({}) → { documents: [doc], diagnostics: [] }
 */
export async function readStdin(options: ReadOptions = {}, stream: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<ReadResult> {
  if (stream.isTTY) {
    return { documents: [], diagnostics: [{ severity: 'error', rule: 'stdin-is-terminal', input: STDIN, message: `${STDIN}: nothing is piped in; pipe an article in (cat story.txt | sitrep ingest -) or give a file path instead of '-'` }] };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  // Enough of the start to sniff the format, without committing to reading all of it.
  while (headBytes < 8192) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    first.push(chunk);
    headBytes += chunk.length;
  }
  const head = Buffer.concat(first);
  const binary = sniffBinary(head, STDIN);
  if (binary) { await drain(iterator, done); return { documents: [], diagnostics: [binary] }; }
  const format = sniffFormat(head.toString('utf8'));
  if (format === 'jsonl') {
    const rest = Readable.from(continueWith(first, iterator, done));
    const result: ReadResult = { documents: [], diagnostics: [] };
    for await (const item of readJsonlSource(rest, STDIN, options)) {
      if (item.document) result.documents.push(item.document);
      if (item.diagnostic) result.diagnostics.push(item.diagnostic);
    }
    return result;
  }
  const limit = format === 'html' ? maxBytes * HTML_OVERHEAD : maxBytes;
  const all = await collect(first, headBytes, iterator, done, limit);
  if (all.bytes === undefined) return { documents: [], diagnostics: [tooLarge(STDIN, all.size, limit)] };
  const decoded = decodeText(all.bytes, STDIN, limit);
  if (decoded.text === undefined) return { documents: [], diagnostics: decoded.diagnostics };
  return format === 'html' ? htmlToDocument(decoded.text, STDIN, options) : textToDocument(decoded.text, STDIN, options);
}

async function* continueWith(first: Buffer[], iterator: AsyncIterator<Buffer | string>, done: boolean): AsyncGenerator<Buffer> {
  yield* first;
  if (done) return;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
  }
}

// Past the limit, keep counting (to report the size) but stop keeping the bytes.
async function collect(first: Buffer[], size: number, iterator: AsyncIterator<Buffer | string>, done: boolean, limit: number): Promise<{ bytes?: Buffer; size: number }> {
  const chunks = [...first];
  if (!done) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      size += typeof next.value === 'string' ? Buffer.byteLength(next.value) : next.value.length;
      if (size <= limit) chunks.push(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
      else chunks.length = 0;
    }
  }
  return size > limit ? { size } : { bytes: Buffer.concat(chunks), size };
}

// Read to the end so the writer is not left blocked on a full pipe.
async function drain(iterator: AsyncIterator<unknown>, done: boolean): Promise<void> {
  if (!done) while (!(await iterator.next()).done) { /* discard */ }
}
