/**
 * GeoNames writes the Arabic article before many Arab towns ('Al Qāmishlī', 'Ar Raqqah',
 * 'Ash Shaddādah'); English news mostly drops it ('Qamishli', 'Shaddadi'). The bare name is
 * added as an alternate spelling for places in countries where Arabic is spoken.
 */

/** Countries of the Arab League, where a leading 'Al', 'Ar', 'Ash' … is the article. */
export const ARABIC_SPEAKING = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);

// The article as GeoNames and news transliterate it, assimilated to a sun letter or not ('Ad Dāna', 'Aḑ Ḑumayr', 'El Mina').
const ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|at|ath|az|an|a\u1e11|a\u015f|a\u0163|a\u1e93)[ -](?=\p{L})/iu;

/**
 * The name without its leading Arabic article, or undefined when it has none or too little is left.
 * Example: withoutArticle('Al Qāmishlī') === 'Qāmishlī'; withoutArticle('Aleppo') === undefined
 */
export function withoutArticle(name: string): string | undefined {
  const m = ARTICLE.exec(name);
  if (!m) return undefined;
  const bare = name.slice(m[0].length);
  // 'Al Bu' or 'As S' leave nothing that could be a name of its own.
  return bare.replace(/[^\p{L}]/gu, '').length >= 4 ? bare : undefined;
}
