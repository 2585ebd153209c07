import { readTsv } from '../data-files/read-tsv.js';
import { dataPath } from '../data-files/data-path.js';

/**
 * The lookup key of a place name: spelling-insensitive, so that 'Deir ezzor', 'Deir ez-Zor'
 * and 'DEIR EZ ZOR' meet, and 'Idleb' / 'Idlib' differ only where the gazetteer lists both.
 * The nouns that begin Arab names are written one way ('Tel Hamis' and 'Tall Ḩamīs' meet).
 * Example: nameKey('Deir ez-Zor') === 'dayrezor'
 */
export function nameKey(name: string): string {
  // Spaces, hyphens and apostrophes vary between transliterations; doubled letters too (Raqqa/Raqa).
  return collapse(looseNameKey(name));
}

/**
 * The name folded like nameKey but with its doubled letters kept, to tell an exact spelling from
 * a near one ('iran' and 'iraan' differ; 'Ras al-Ain' and 'Ra’s al ‘Ayn' do not).
 * Example: looseNameKey('Tell Abyad') === 'talabyad'
 */
export function looseNameKey(name: string): string {
  // Most names in English text are plain ASCII: skip Unicode normalisation for them.
  const folded = ASCII.test(name) ? name.toLowerCase() : name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that NFD does not split into a base letter and a mark.
    .replace(/[ßœæøłđı]/g, (c) => FOLD[c] ?? c);
  return respelt(folded).replace(/[^a-z0-9]/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;

const FOLD: Record<string, string> = { 'ß': 'ss', 'œ': 'oe', 'æ': 'ae', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };

function collapse(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

// Apostrophes stand inside words ("Ra's", 'Ma‘arrat'); anything else between letters parts them.
const APOSTROPHES = /['’‘ʻʼ`]/g;
const HAS_APOSTROPHE = /['’‘ʻʼ`]/;
const WORD = /[a-z0-9]+/g;

/** The words of a name of two words or more, each spelling of a listed noun written as its standard. */
function respelt(folded: string): string {
  const plain = HAS_APOSTROPHE.test(folded) ? folded.replace(APOSTROPHES, '') : folded;
  const { standard, listed } = spellings();
  // Most names hold none of the words: one precompiled test spares splitting them.
  if (!listed.test(plain)) return plain;
  const words = plain.match(WORD);
  if (!words || words.length < 2) return plain;
  return words.map((w) => standard.get(collapse(w)) ?? w).join(' ');
}

interface Spellings {
  standard: Map<string, string>;
  /** Matches a listed spelling as a whole word, its letters doubled or not ('tell', 'tel'). */
  listed: RegExp;
}

let loaded: Spellings | undefined;

/** data/lexicons/place-spellings.tsv, folded as keys are (no doubled letters), read on first use. */
function spellings(): Spellings {
  if (loaded) return loaded;
  const standard = new Map<string, string>();
  for (const row of readTsv(dataPath('lexicons', 'place-spellings.tsv'))) standard.set(collapse(row.spelling), collapse(row.standard));
  const alternatives = [...standard.keys()].map((w) => [...w].map((c) => `${c}+`).join(''));
  loaded = { standard, listed: new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`) };
  return loaded;
}

/** True when a name is written in Latin letters, the only script an English article matches. */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’ʻ`()\-]+$/u.test(name) && /\p{Script=Latin}/u.test(name);
}
