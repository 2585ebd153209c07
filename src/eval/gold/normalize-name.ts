/**
 * Folds a place or source name for comparison, as SCHEMA.md asks: without case, accents,
 * punctuation or Arabic articles (al-, el-, ad-, as- …), and without a leading English article.
 * Example: normalizeName('Deir al-Zour') === normalizeName('deir zour') → 'deir zour'.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/\b(al|el|ad|ar|as|ash|at|az|an|ud)-/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(the|a|an) /, '')
    .trim()
    .replace(/\s+/g, ' ');
}
