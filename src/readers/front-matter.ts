import { parse } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkMeta } from './check-meta.js';
import { pickFields } from './pick-fields.js';
import type { DocumentMeta } from './read-options.js';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * A text split at its YAML front matter: the metadata, and the article text after the block.
 * Example: { meta: { title: 'Talks resume', published: '2016-07-28' }, body: 'Washington has asked…', diagnostics: [] }
 */
export interface FrontMatter {
  meta: DocumentMeta;
  /** The text after the closing '---' line: the Document's text, and the base of its offsets. */
  body: string;
  diagnostics: Diagnostic[];
}

/**
 * Splits a leading `---` … `---` YAML block off a text. Text without one comes back whole.
 * Example: splitFrontMatter('---\ntitle: Talks\n---\nWashington…', 'a.md').body === 'Washington…'
 */
export function splitFrontMatter(text: string, input: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, body: text, diagnostics: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      meta: {}, body: text,
      diagnostics: [{ severity: 'warning', rule: 'unclosed-front-matter', input, message: `${input}: starts with '---' but no closing '---' line follows, so it is read as text; close the front matter with a '---' line or remove the first line` }],
    };
  }
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  let record: unknown;
  try {
    record = parse(yamlText);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return { meta: {}, body, diagnostics: [{ severity: 'error', rule: 'bad-front-matter', input, message: `${input}: the front matter is not valid YAML (${reason}); fix it or remove it` }] };
  }
  if (record === null || record === undefined) return { meta: {}, body, diagnostics: [] };
  if (typeof record !== 'object' || Array.isArray(record)) {
    return { meta: {}, body, diagnostics: [{ severity: 'error', rule: 'bad-front-matter', input, message: `${input}: the front matter is not a list of 'key: value' lines; write it as title: …, published: YYYY-MM-DD, outlet: …, url: …` }] };
  }
  const picked = pickFields(record as Record<string, unknown>);
  const checked = checkMeta(picked.meta, input, (f) => `front matter field '${picked.keys[f] ?? f}'`, 'error');
  return { meta: checked.meta, body, diagnostics: checked.diagnostics };
}
