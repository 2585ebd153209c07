import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import { detectLanguage } from './detect-language.js';
import type { DocumentMeta } from './read-options.js';

/** sitrep analyses English; other languages are read but flagged. */
const ANALYSED_LANGUAGES = new Set(['en']);

/**
 * The content hash of a text: SHA-256 hex of its UTF-8 bytes, so the same text always gets the same id.
 * Example: hashText('abc') === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Builds a Document from checked text and checked metadata: id and hash from the text,
 * language from the metadata or detected, with a warning when it is not one sitrep analyses.
 * The text is kept byte for byte except a leading byte order mark.
 * Example: makeDocument('Sixteen people were killed…', { published: '2016-07-28' }, 'a.txt').document.id === 'doc_…'
 */
export function makeDocument(text: string, meta: DocumentMeta, origin: string): { document: Document; diagnostics: Diagnostic[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const contentHash = hashText(body);
  const diagnostics: Diagnostic[] = [];
  let language = meta.language;
  if (!language) {
    const guess = detectLanguage(body);
    language = guess.language;
    if (!ANALYSED_LANGUAGES.has(language)) {
      const named = language === 'und' ? 'could not tell the language' : `looks like language '${language}'`;
      diagnostics.push({
        severity: 'warning', rule: 'unsupported-language', input: origin,
        message: `${origin}: ${named} (${guess.reason}); sitrep analyses English, so expect few or no events. If the text is English, say so with --language en`,
      });
    }
  }
  const document: Document = { id: 'doc_' + contentHash.slice(0, 16), contentHash, text: body, language, origin };
  if (meta.title) document.title = meta.title;
  if (typeof meta.published === 'string') document.published = meta.published;
  if (meta.timeZone) document.timeZone = meta.timeZone;
  if (meta.outlet) document.outlet = meta.outlet;
  if (meta.url) document.url = meta.url;
  if (meta.externalId) document.externalId = meta.externalId;
  return { document, diagnostics };
}
