import { checkMeta, describeFlag } from './check-meta.js';
import { checkText, decodeText } from './check-text.js';
import { splitFrontMatter } from './front-matter.js';
import { makeDocument } from './make-document.js';
import { readFileBytes } from './read-file-bytes.js';
import { DEFAULT_MAX_BYTES, mergeMeta, metaFromOptions, type DocumentMeta, type ReadOptions, type ReadResult } from './read-options.js';
import { readSidecar } from './sidecar.js';

/**
 * Reads a plain-text or Markdown article. Metadata comes, weakest first, from YAML front matter,
 * a sidecar (story.meta.json / .meta.yaml) and the options; the text is what follows the front matter.
 * Example: await readText('in/story.txt', { published: '2016-07-28' }) → { documents: [doc], diagnostics: [] }
 */
export async function readText(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = await readFileBytes(path, maxBytes);
  if (!read.bytes) return { documents: [], diagnostics: read.diagnostics };
  const decoded = decodeText(read.bytes, path, maxBytes);
  if (decoded.text === undefined) return { documents: [], diagnostics: decoded.diagnostics };
  const sidecar = await readSidecar(path);
  const result = textToDocument(decoded.text, path, options, sidecar.meta);
  return { documents: result.documents, diagnostics: [...sidecar.diagnostics, ...result.diagnostics] };
}

/**
 * Turns decoded article text into a Document: front matter, then `fileMeta` (a sidecar), then the options.
 * Used for files and for stdin. Example: textToDocument('---\ntitle: T\n---\nBody', 'stdin', {}).documents[0].text === 'Body'
 */
export function textToDocument(text: string, origin: string, options: ReadOptions, fileMeta: DocumentMeta = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const front = splitFrontMatter(text, origin);
  const body = checkText(front.body, origin, maxBytes);
  if (body.text === undefined) {
    const empty = body.diagnostics.map((d) => (d.rule === 'empty-input' && front.body !== text
      ? { ...d, message: `${origin}: has front matter but no article text after it; put the article text below the closing '---'` }
      : d));
    return { documents: [], diagnostics: [...front.diagnostics, ...empty] };
  }
  const flags = checkMeta(metaFromOptions(options), origin, describeFlag, 'error');
  const { document, diagnostics } = makeDocument(body.text, mergeMeta(front.meta, fileMeta, flags.meta), origin);
  return { documents: [document], diagnostics: [...front.diagnostics, ...flags.diagnostics, ...diagnostics] };
}
