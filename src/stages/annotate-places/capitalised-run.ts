import type { Token } from '../../model/token.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { looseNameKey, nameKey } from '../../gazetteer/name-key.js';
import { placeCues } from './place-cues.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it runs, and these run on every word.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_ONLY = /^\p{Ll}+$/u;

// The same capitalised words come back in every article: remember their keys (bounded).
const keys = new Map<string, string>();
export function keyOf(surface: string): string {
  let key = keys.get(surface);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    key = nameKey(surface);
    keys.set(surface, key);
  }
  return key;
}

/**
 * keyOf(t.text) for a token. A word of ASCII letters and digits with no letter doubled ('Aleppo'
 * has one) keys as its lower case, which the token already holds: no lookup in the memo of keys.
 */
export function tokenKey(t: Token): string {
  return plainName(t.text) ? t.lower : keyOf(t.text);
}

// What nameKey leaves as it is but for its case: only [A-Za-z0-9], and no letter twice in a row.
function plainName(text: string): boolean {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { previous = c; continue; }
    const lower = c | 32;
    if (lower < 97 || lower > 122) return false;
    if (lower === previous) return false;
    previous = lower;
  }
  return text.length > 0;
}

const looseKeys = new Map<string, string>();

/** looseNameKey, memoised: the text repeats its names. */
export function looseKey(name: string): string {
  let key = looseKeys.get(name);
  if (key === undefined) {
    if (looseKeys.size >= 50_000) looseKeys.clear();
    key = looseNameKey(name);
    looseKeys.set(name, key);
  }
  return key;
}

/** A word that can start or end a place name: an upper-case letter first ('Aleppo', 'U.S.', 'NEW'). */
export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_FIRST.test(t.text);
}

/** True when a sentence ends on an initial's full stop and the next token goes on without a space ('S.' + 'C.'). */
export function splitInitials(tokens: Token[], sentenceEnd: number): boolean {
  const stop = tokens[sentenceEnd - 1];
  const initial = tokens[sentenceEnd - 2];
  const next = tokens[sentenceEnd];
  return stop?.text === '.' && initial?.text.length === 1 && /[A-Z]/.test(initial.text) && next !== undefined && next.start === stop.end && /^[A-Z]\.?$/.test(next.text);
}

/** A lower-case word that may end a name ('ezzor'), not a connector ('de') or a short word. */
export function isLowerWord(t: Token): boolean {
  // Verbs and function words never end a name ('Kerry said'): only nouns and unknown words are tried.
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'X' && t.pos !== 'ADJ') return false;
  return t.text.length >= 4 && LOWER_ONLY.test(t.text) && !placeCues().sets.connector.has(t.lower) && !placeCues().sets.stopword.has(t.lower);
}

export function isAllCaps(text: string): boolean {
  // ASCII text is all capitals when it has no a-z: no upper-cased copy needed.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Tokens of one sentence that touch: no gap, or one space ('Deir ez-Zor', 'Rio de Janeiro'). */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && text[a.end] === ' ');
}

/**
 * One past the last token of the capitalised run that starts at `i`: capitalised words and the
 * connectors, hyphens, initials' full stops and known lower-case endings between them.
 * Example: for 'in Rio de Janeiro on', starting at 'Rio', the index of 'on'.
 */
export function capitalisedRunEnd(text: string, tokens: Token[], i: number, limit: number, gaz: Gazetteer): number {
  let end = i + 1;
  while (end < limit && joined(text, tokens[end - 1], tokens[end])) {
    const n = tokens[end];
    if (isCapitalised(n)) { end++; continue; }
    // Connectors, hyphens and the full stops of initials ('S . C.' as wink-nlp splits 'S.C.').
    const initialStop = n.text === '.' && tokens[end - 1].text.length === 1;
    // A hyphen joins only inside a word ('ez-Zor'), never as a dash ('La. - A fire').
    const hyphen = n.text === '-' && n.start === tokens[end - 1].end && end + 1 < limit && tokens[end + 1].start === n.end;
    if ((placeCues().sets.connector.has(n.lower) || hyphen || initialStop) && end + 1 < limit && joined(text, n, tokens[end + 1])) { end++; continue; }
    // A lower-case word that completes a known name ('Deir ezzor').
    if (isLowerWord(n) && gaz.candidatesByKey(keyOf(text.slice(tokens[end - 1].start, n.end))).length > 0) { end++; continue; }
    break;
  }
  while (end > i + 1 && !isCapitalised(tokens[end - 1]) && !isLowerWord(tokens[end - 1])) end--;
  return end;
}
