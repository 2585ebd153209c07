import type { Token } from '../../model/token.js';
import { timeWords } from '../annotate-dates/time-words.js';

/** Day words the tagger reads as nouns or adjectives: 'the ministry said today', 'the monitor reported overnight'. */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight']);
/** How long a time adjunct after a closing verb of saying may be: 'late on Tuesday', 'early this morning'. */
const TIME_ADJUNCT_WORDS = 4;

/** 'told reporters late Tuesday', 'told Sputnik Friday': the one or two nouns after 'told' name who heard it. */
export function afterAddressee(tokens: readonly Token[], next: number, end: number): number {
  let k = next;
  while (k < end && k - next < 2 && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') && !isTimeWord(tokens[k].lower)) k++;
  return k;
}

/** A word that names a day or a time of day: 'Tuesday', 'morning', 'overnight', 'April'. */
function isTimeWord(lower: string): boolean {
  const words = timeWords().byKind;
  return words.weekday.has(lower) || words['part-of-day'].has(lower) || words.month.has(lower) || DAY_WORDS.has(lower);
}

/**
 * '… shelled two villages the monitoring group reported overnight.' / '… the council said on Monday.': what follows the
 * verb up to the sentence's end is only a time adjunct, so the speaker vouches for what came before, as when nothing
 * follows (wire copy without commas puts the speaker last).
 */
export function onlyTimeAfter(tokens: readonly Token[], next: number, end: number): boolean {
  let last = end - 1;
  if (tokens[last]?.pos === 'PUNCT') last--;
  if (last < next || last - next >= TIME_ADJUNCT_WORDS) return false;
  let named = false;
  for (let k = next; k <= last; k++) {
    const t = tokens[k];
    if (isTimeWord(t.lower) || t.pos === 'ADV') named = true;
    else if (t.pos !== 'ADP' && t.pos !== 'NUM' && t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return named;
}

/**
 * 'killed 20 people Moumtzis said again without saying who was responsible': after the verb only an adverb or a time,
 * then 'without' and a verb (what the speaker did not say): the speaker vouches for what came before the verb.
 */
export function onlyMannerAfter(tokens: readonly Token[], next: number, end: number): boolean {
  for (let k = next; k < end && k - next <= TIME_ADJUNCT_WORDS; k++) {
    const t = tokens[k];
    if (t.lower === 'without') return tokens[k + 1]?.pos === 'VERB';
    if (!(isTimeWord(t.lower) || t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'NUM' || t.pos === 'DET' || t.text === ',')) return false;
  }
  return false;
}

/** 'the village of Tell Hamra': a capitalised verb inside a sentence is part of a name, no saying. */
export function lowerCase(token: Token): boolean {
  return token.text === token.lower;
}
