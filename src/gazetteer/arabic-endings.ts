/**
 * The feminine ending of Arab place names (ta marbuta) is written '-ah' by GeoNames and often '-eh'
 * in the news, from the Levantine pronunciation: 'Ash Shaddādah' is 'Shaddadeh', 'Al Ḩasakah'
 * 'Hasakeh'. The other spelling is added as an alternate for places where Arabic is spoken.
 */

/**
 * The name with its last word's '-ah' written '-eh' (or '-eh' written '-ah'), or undefined when it ends otherwise.
 * Example: otherEnding('Ash Shaddādah') === 'Ash Shaddādeh'; otherEnding('Aleppo') === undefined
 */
export function otherEnding(name: string): string | undefined {
  const m = ENDING.exec(name);
  if (!m) return undefined;
  return name.slice(0, m.index) + m[1] + (m[2] === 'a' ? 'e' : 'a') + 'h';
}

// A consonant, then 'ah' or 'eh' closing the name: 'Ḩasakah' (not 'Allah' alone, which is too short to matter).
const ENDING = /(\p{L}{2,}[^aeiouāēīōū\s'’‘-])([ae])h$/u;
