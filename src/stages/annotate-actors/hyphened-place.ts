import type { TextWord } from '../../lexicons/phrase-index.js';

// The Arabic article between two parts of one hyphened place name: 'Mahin-al-Qaryateen'.
const ARTICLES = new Set(['al', 'el']);

/**
 * True when the name at `start` is written onto the end of a place mention by hyphens ('Mahin-al-Qaryateen' with
 * 'Mahin' a place): the rest of that place's name, not a party.
 */
export function hyphenedToPlace(words: readonly TextWord[], start: number, placeEnds: ReadonlySet<number>): boolean {
  // textWords drops a hyphen that joins two words: one character between them that was a token of its own, or
  // split from one hyphened token; a space is one character too, but no token.
  const joined = (k: number) => k >= 0 && words[k + 1].start - words[k].end === 1 && words[k].sentence === words[k + 1].sentence
    && (words[k + 1].token - words[k].token === 2 || words[k + 1].token === words[k].token);
  let k = start - 1;
  while (joined(k) && ARTICLES.has(words[k].key) && !words[k].capital) k--;
  return joined(k) && placeEnds.has(words[k].end);
}
