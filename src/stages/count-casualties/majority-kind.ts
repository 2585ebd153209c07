import type { CasualtyCategory } from '../../model/fatalities.js';
import type { Word } from './scan-words.js';
import { isPunctuation } from './scan-words.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import { ARMED, FAMILY, afterOpener, pluralKindAt } from './find-category.js';
import { BOUNDARY } from './find-triggers.js';

// Openers of an apposition that says what most of a count were, as words after the count's noun.
const OPENERS: readonly (readonly string[])[] = [
  ['mostly'], ['mainly'], ['most', 'of', 'them'], ['most', 'of', 'whom'], ['more', 'than', 'half', 'of', 'them'],
  ['the', 'majority', 'of', 'them'], ['the', 'vast', 'majority', 'of', 'them'],
];
const FIGHTER_NOUNS = /^(?:militants|jihadists|rebels|terrorists|fighters|soldiers|troops|militiamen)$/;
// A verb or a relative pronoun ends the group's name ('most of them from villages that the army shelled').
const CLAUSE_WORDS = /^(?:is|was|were|are|who|which|whom)$/;
// The longest group name read after 'from'.
const REACH = 8;

/**
 * "30 people, most of them fighters", "40 people, more than half of them from the Islamic State group": a count of
 * people most of whom were fighters is a toll of fighters. A count whose kind is unsaid is read as civilians by whoever
 * sums tolls (FA-KES counts "people killed" in an attack as civilians), and a toll mostly of fighters is no civilian
 * toll. The reverse does not hold: "47 people, mostly civilians" leaves some who were not, so the count stays
 * unspecified, as sentenceCallsCivilians leaves it. Example (words of '30 people most of them fighters', after 'people'): 'fighters'
 */
export function mostOfThem(words: Word[], after: number, lexicon: CasualtyLexicon): CasualtyCategory | undefined {
  const k = afterOpener(words, after, OPENERS);
  if (k < 0) return undefined;
  const kind = pluralKindAt(words, k, lexicon);
  if (kind !== undefined) return kind === 'fighters' ? 'fighters' : undefined;
  if (words[k]?.lower !== 'from') return undefined;
  // "most of them from ISIS", "most of them from the brigade": the side they came from; "from the same family" is no side.
  for (let j = k + 1; j < Math.min(words.length, k + 1 + REACH); j++) {
    const w = words[j];
    if (BOUNDARY.has(w.lower) || CLAUSE_WORDS.test(w.lower) || FAMILY.test(w.lower) || (isPunctuation(w) && w.text !== '-')) break;
    if (FIGHTER_NOUNS.test(w.lower) || (ARMED.test(w.text) && w.lower !== 'is')) return 'fighters';
  }
  return undefined;
}
