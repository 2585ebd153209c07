import { parseHTML } from 'linkedom';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkMeta, describeFlag } from './check-meta.js';
import { checkText, decodeText } from './check-text.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';
import { extractArticle } from './html-article.js';
import { readHtmlMeta } from './html-meta.js';
import { makeDocument } from './make-document.js';
import { readFileBytes } from './read-file-bytes.js';
import { DEFAULT_MAX_BYTES, mergeMeta, metaFromOptions, type DocumentMeta, type ReadOptions, type ReadResult } from './read-options.js';
import { readSidecar } from './sidecar.js';

/** Markup, scripts and styles outweigh the article text several times over on news sites. */
export const HTML_OVERHEAD = 5;
/** Below this, what Readability found is a cookie banner or a teaser, not an article. */
const MIN_ARTICLE_CHARS = 100;

/**
 * Reads an HTML page: the article text via Readability, metadata from the page, then a sidecar, then the options.
 * The size limit applies to the article text; the page itself may be HTML_OVERHEAD times larger.
 * Example: await readHtml('in/story.html', {}) → { documents: [{ title: 'Strike on Aleppo', published: '2016-07-28', … }], diagnostics: [] }
 */
export async function readHtml(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = await readFileBytes(path, maxBytes * HTML_OVERHEAD);
  if (!read.bytes) return { documents: [], diagnostics: read.diagnostics };
  const decoded = decodeHtml(read.bytes, path, maxBytes * HTML_OVERHEAD);
  if (decoded.text === undefined) return { documents: [], diagnostics: decoded.diagnostics };
  const sidecar = await readSidecar(path);
  const result = htmlToDocument(decoded.text, path, options, sidecar.meta);
  return { documents: result.documents, diagnostics: [...sidecar.diagnostics, ...result.diagnostics] };
}

/**
 * Decodes HTML bytes: UTF-8 when they are valid UTF-8, else the charset the page declares
 * (<meta charset="windows-1252">), which older news archives still use.
 * Example: decodeHtml(latin1Page, 'old.html', 5e7).text?.includes('Zürich') === true
 */
export function decodeHtml(bytes: Uint8Array, input: string, limit: number): { text?: string; diagnostics: Diagnostic[] } {
  if (findInvalidUtf8(bytes) < 0) return decodeText(bytes, input, limit);
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return checkText(new TextDecoder(charset).decode(bytes), input, limit);
    } catch {
      // An unknown label: fall through to the UTF-8 error, which says how to fix the file.
    }
  }
  return decodeText(bytes, input, limit);
}

/**
 * Turns an HTML page's source into a Document, or an error when the page holds no article.
 * Example: htmlToDocument('<html><body><nav>Home</nav></body></html>', 'x.html', {}).diagnostics[0].rule === 'no-article'
 */
export function htmlToDocument(html: string, origin: string, options: ReadOptions, fileMeta: DocumentMeta = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { document } = parseHTML(html);
  // Read the metadata first: Readability rewrites the tree it is given.
  const page = readHtmlMeta(document, origin);
  const article = extractArticle(document);
  if (!article || article.text.trim().length < MIN_ARTICLE_CHARS) {
    const found = article ? `only ${article.text.trim().length} characters` : 'nothing';
    return {
      documents: [],
      diagnostics: [...page.diagnostics, {
        severity: 'error', rule: 'no-article', input: origin,
        message: `${origin}: no article text found (Readability found ${found}); give the article page itself, not an index, login or error page, or save the text as .txt`,
      }],
    };
  }
  const text = checkText(article.text, origin, maxBytes);
  if (text.text === undefined) return { documents: [], diagnostics: [...page.diagnostics, ...text.diagnostics] };
  const fromReadability = checkMeta({ title: article.title, outlet: article.siteName }, origin, (f) => `the page's ${f}`, 'warning').meta;
  const flags = checkMeta(metaFromOptions(options), origin, describeFlag, 'error');
  const meta = mergeMeta(page.meta, fromReadability.title ? { title: fromReadability.title } : {}, page.meta.outlet ? {} : { outlet: fromReadability.outlet }, fileMeta, flags.meta);
  const made = makeDocument(text.text, meta, origin);
  return { documents: [made.document], diagnostics: [...page.diagnostics, ...flags.diagnostics, ...made.diagnostics] };
}
