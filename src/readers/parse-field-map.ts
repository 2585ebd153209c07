import type { Diagnostic } from '../model/diagnostic.js';
import type { FieldMap } from './read-options.js';

const FIELDS = ['text', 'title', 'published', 'timeZone', 'outlet', 'url', 'id'] as const;

/**
 * Parses the CLI's `--map text=article_content,published=date` into a FieldMap; a bad pair is an error diagnostic.
 * Example: parseFieldMap('text=article_content,published=date') → { map: { text: 'article_content', published: 'date' }, diagnostics: [] }
 */
export function parseFieldMap(spec: string): { map: FieldMap; diagnostics: Diagnostic[] } {
  const map: FieldMap = {};
  const diagnostics: Diagnostic[] = [];
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [field, name, extra] = pair.split('=').map((p) => p.trim());
    const known = FIELDS.find((f) => f.toLowerCase() === field?.toLowerCase());
    if (!known || !name || extra !== undefined) {
      diagnostics.push({
        severity: 'error', rule: 'bad-field-map', input: '--map',
        message: `--map: "${pair}" is not FIELD=NAME with FIELD one of ${FIELDS.join(', ')}; write e.g. --map text=article_content,published=date`,
      });
      continue;
    }
    map[known] = name;
  }
  return { map, diagnostics };
}
