import { foldForSearch } from '../sqlite/fold-for-search.js';
import type { SqlParams } from './sql-params.js';

/**
 * Turns what a user typed into a tsquery expression that cannot throw, with the meaning the
 * SQLite store gives it: every word must occur; a word is taken as a phrase of its parts
 * ("al-Nusra", 'it's'), so quotes, a leading '-', OR and NEAR( are plain words, never operators;
 * a trailing * is a prefix search ('negotiat*'). Words are folded as the indexed text was.
 * Returns undefined when nothing searchable is left ('', '"', '--').
 * Example: tsQuerySql('al-Nusra "truce', p) === "(phraseto_tsquery('simple', $1) && phraseto_tsquery('simple', $2))"
 */
export function tsQuerySql(input: string, params: SqlParams): string | undefined {
  const terms: string[] = [];
  for (const word of input.split(/\s+/)) {
    const prefix = word.endsWith('*');
    const bare = word.replace(/^"+|"+$/g, '').replace(/\*+$/, '').replace(/^"+|"+$/g, '');
    // A word of punctuation alone has no lexemes; an empty tsquery would match nothing.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    const folded = foldForSearch(bare);
    if (!prefix) {
      // phraseto_tsquery parses the word as the indexed text was parsed, and reads no operators.
      terms.push(`phraseto_tsquery('simple', ${params.add(folded)})`);
      continue;
    }
    // Only to_tsquery knows ':*'; its input is built here from letters and digits alone, so it cannot be malformed.
    const parts = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
    const query = parts.map((part, i) => `'${part}'${i === parts.length - 1 ? ':*' : ''}`).join(' <-> ');
    terms.push(`to_tsquery('simple', ${params.add(query)})`);
  }
  return terms.length ? `(${terms.join(' && ')})` : undefined;
}
