/**
 * The lookup key of a place name: spelling-insensitive, so that 'Deir ezzor', 'Deir ez-Zor'
 * and 'DEIR EZ ZOR' meet, and 'Idleb' / 'Idlib' differ only where the gazetteer lists both.
 * Example: nameKey('Deir ez-Zor') === 'deirezor'
 */
export function nameKey(name: string): string {
  // Most names in English text are plain ASCII: skip Unicode normalisation for them.
  if (ASCII.test(name)) return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/([a-z])\1+/g, '$1');
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that NFD does not split into a base letter and a mark.
    .replace(/[ßœæøłđı]/g, (c) => FOLD[c] ?? c);
  // Spaces, hyphens and apostrophes vary between transliterations; doubled letters too (Raqqa/Raqa).
  return folded.replace(/[^a-z0-9]/g, '').replace(/([a-z])\1+/g, '$1');
}

const ASCII = /^[\x00-\x7f]*$/;

const FOLD: Record<string, string> = { 'ß': 'ss', 'œ': 'oe', 'æ': 'ae', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };

/** True when a name is written in Latin letters, the only script an English article matches. */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’ʻ`()\-]+$/u.test(name) && /\p{Script=Latin}/u.test(name);
}
