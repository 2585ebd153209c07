/**
 * Turns what a user typed into an FTS5 query that cannot throw: each word becomes a quoted
 * phrase (so "al-Nusra", 'it's', AND, NEAR and stray quotes are plain words) and all must occur.
 * A trailing * keeps its meaning as a prefix search: 'negotiat*'.
 * Returns undefined when nothing searchable is left ('', '"', '--').
 * Example: ftsQuery('al-Nusra "truce') === '"al-Nusra" "truce"'
 */
export function ftsQuery(input: string): string | undefined {
  const terms: string[] = [];
  for (const word of input.split(/\s+/)) {
    const prefix = word.endsWith('*');
    const bare = word.replace(/^"+|"+$/g, '').replace(/\*+$/, '').replace(/^"+|"+$/g, '');
    // A phrase of punctuation alone has no tokens; FTS5 would match nothing or complain.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    terms.push(`"${bare.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : undefined;
}
