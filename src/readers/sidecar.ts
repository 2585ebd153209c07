import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkMeta } from './check-meta.js';
import { pickFields } from './pick-fields.js';
import type { DocumentMeta } from './read-options.js';

/**
 * The sidecar paths looked for beside an article, in order: story.txt → story.meta.json, story.meta.yaml, story.meta.yml.
 * Example: sidecarPaths('in/story.txt')[0] === 'in/story.meta.json'
 */
export function sidecarPaths(path: string): string[] {
  const stem = path.replace(/\.[^./\\]*$/, '');
  return ['.meta.json', '.meta.yaml', '.meta.yml'].map((suffix) => stem + suffix);
}

/**
 * Reads the metadata in the sidecar beside an article, if there is one; the first one found wins.
 * Example: readSidecar('in/story.txt') → { meta: { published: '2016-07-28', outlet: 'Izvestia' }, diagnostics: [], path: 'in/story.meta.json' }
 */
export async function readSidecar(path: string): Promise<{ meta: DocumentMeta; diagnostics: Diagnostic[]; path?: string }> {
  for (const sidecar of sidecarPaths(path)) {
    let source: string;
    try {
      source = await readFile(sidecar, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { meta: {}, diagnostics: [{ severity: 'error', rule: 'unreadable-sidecar', input: sidecar, message: `${sidecar}: cannot be read (${(error as Error).message}); fix its permissions or remove it` }] };
    }
    let record: unknown;
    try {
      record = sidecar.endsWith('.json') ? JSON.parse(source) : parse(source);
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      return { meta: {}, path: sidecar, diagnostics: [{ severity: 'error', rule: 'bad-sidecar', input: sidecar, message: `${sidecar}: is not valid ${sidecar.endsWith('.json') ? 'JSON' : 'YAML'} (${reason}); fix it so the metadata of ${path} can be read` }] };
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      return { meta: {}, path: sidecar, diagnostics: [{ severity: 'error', rule: 'bad-sidecar', input: sidecar, message: `${sidecar}: is not an object of fields; write e.g. {"published": "2016-07-28", "outlet": "Izvestia"}` }] };
    }
    const picked = pickFields(record as Record<string, unknown>);
    const checked = checkMeta(picked.meta, sidecar, (f) => `field '${picked.keys[f] ?? f}'`, 'error');
    return { meta: checked.meta, diagnostics: checked.diagnostics, path: sidecar };
  }
  return { meta: {}, diagnostics: [] };
}
