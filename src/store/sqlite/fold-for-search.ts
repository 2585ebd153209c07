/**
 * The form names are compared in: lower case, accents dropped, so 'ḥalab' finds 'Ḥalab' and
 * 'deir ez-zor' finds 'Deir ez-Zōr'. Stored beside the name at write time because SQLite's own
 * LIKE folds ASCII letters only. Example: foldForSearch('Ḥalab') === 'halab'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Several names as one searchable key; the newline keeps a substring from spanning two of them. */
export function searchKey(...names: (string | undefined)[]): string {
  return names.filter((n): n is string => Boolean(n)).map(foldForSearch).join('\n');
}
