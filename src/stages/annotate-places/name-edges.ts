import type { Token } from '../../model/token.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { isCapitalised, keyOf } from './capitalised-run.js';

// The edges of a name in the text that findToponyms reads: where it is glued to an article or a hyphen,
// or has lost its apostrophe.

/**
 * True when the name at `at` follows an Arabic article glued to it by a hyphen after a capitalised
 * word ('Aita al-Shaab', 'Jabal al-Zawiya'): it ends a longer name the gazetteer lacks, and alone is
 * some other place ('Zawiya' in Libya). 'al' also counts when written apart ('Aita al Shaab').
 */
export function arabicTail(tokens: Token[], at: number, sentenceStart: number, articles: Set<string>): boolean {
  const hyphen = tokens[at - 1]?.text === '-';
  const article = tokens[hyphen ? at - 2 : at - 1];
  const before = tokens[hyphen ? at - 3 : at - 2];
  if (!article || !before || (hyphen ? at - 3 : at - 2) < sentenceStart || !articles.has(article.lower)) return false;
  if (hyphen ? article.end !== tokens[at - 1].start || tokens[at - 1].end !== tokens[at].start : article.lower !== 'al') return false;
  return isCapitalised(before);
}

/** True when the token at `at` is a hyphen inside a word with a capitalised word after it ('Khan-Arnab' read from 'Khan'). */
export function gluedHyphen(tokens: Token[], at: number, limit: number): boolean {
  const h = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!h || h.text !== '-' || !before || !after || at + 1 >= limit || before.end !== h.start || after.start !== h.end) return false;
  return isCapitalised(after);
}

/**
 * A country or province with its apostrophe lost ('Syrias Idlib province' for "Syria's"), as text
 * copied from some sites comes: the word is known, not the first name of a person.
 */
export function lostApostrophe(t: Token, gaz: Gazetteer): boolean {
  if (t.text.length < 5 || !t.text.endsWith('s')) return false;
  return gaz.candidatesByKey(keyOf(t.text.slice(0, -1))).some((c) => {
    const p = gaz.place(c.row);
    return c.role === 'primary' && (p.precision === 'country' || p.precision === 'province');
  });
}
