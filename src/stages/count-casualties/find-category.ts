import type { CasualtyCategory } from '../../model/fatalities.js';
import type { Word } from './scan-words.js';
import { isPunctuation } from './scan-words.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import { endsNounPhrase, type FigurePhrase } from './find-figures.js';
import { isNumberWord } from './parse-number.js';
import { BOUNDARY } from './find-triggers.js';

// Grammar words that end the search for a count's noun.
const STOP = new Set(['of', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'the', 'a', 'an', 'in', 'on', 'at', 'by', 'from', 'with', 'for', 'to', 'and', 'or', 'who', 'which', 'that', 'including', 'among', 'after', 'when', 'while', 'during', 'as', 'since', 'but', 'than', 'their', 'his', 'her', 'its', 'this', 'these', 'those']);
// Words that add to an earlier count between a number and its noun.
const ADDED = new Set(['more', 'other', 'further', 'additional']);
export const FAMILY = /^(?:family|families|household)$/;
// The longest parenthesis (in words) skipped between a count's adjectives and its noun.
const PARENTHESIS = 6;
export const ARMED = /^(?:forces|force|army|militia|militias|group|groups|brigade|brigades|battalion|front|police|guard|guards|isis|isil|daesh|nusra|hezbollah|hizbollah|ypg|sdf|fsa|regime|units|faction|factions|organization|organisation|state|IS|IS-)$/i;

/**
 * The noun that says who was counted: "16 Syrian civilians", "5 pro-government fighters",
 * "5 of them children", "members of the same family". Example: { category: 'civilian', index: 7, end: 8 }
 */
export function findCategory(words: Word[], p: FigurePhrase, lexicon: CasualtyLexicon): { category: CasualtyCategory; index: number; end: number } | undefined {
  let k = p.end;
  const partOfToll = words[k]?.lower === 'of' && /^(?:the|those)$/.test(words[k + 1]?.lower ?? '') && isTriggerAt(words, k + 2, lexicon);
  if (!partOfToll && words[k]?.lower === 'of' && /^(?:them|whom|those)$/.test(words[k + 1]?.lower ?? '')) {
    k += 2;
    if (/^(?:were|are|was)$/.test(words[k]?.lower ?? '')) k++;
  } else if (/^(?:were|are)$/.test(words[k]?.lower ?? '') && afterPreposedPart(words, p.start, lexicon)) k++;
  // "killing 35 of the attackers", "two of the soldiers died": a part of a group named by its noun.
  else if (!partOfToll && words[k]?.lower === 'of' && /^(?:the)$/.test(words[k + 1]?.lower ?? '') && lexicon.words.match(words, k + 2)?.entry.role === 'category') k += 2;
  else if (partOfToll) {
    // "12 of the dead were militiamen", "five of those killed were children": the part, then its noun.
    const toll = lexicon.words.match(words, k + 2)!;
    if (!/^(?:were|are|was)$/.test(words[toll.end]?.lower ?? '')) return undefined;
    k = toll.end + 1;
  }
  for (let skipped = 0; k < words.length && skipped <= 4; k++, skipped++) {
    const hit = lexicon.words.match(words, k);
    // After a plural count a singular noun is an adjective ("Three Terrorist Attacks", "2015 Terrorist Bomb")
    // unless the phrase ends there ("19 civilian killed").
    const fits = hit?.entry.role === 'category' && (!hit.entry.singular || (!p.yearLike && endsNounPhrase(words, hit.end, lexicon)));
    if (hit?.entry.role === 'category' && fits && words[hit.end]?.text !== '-') {
      if (p.figure.best === 1 && !hit.entry.singular && p.figure.vague === undefined && words[p.start].lower === 'a') return undefined;
      return { category: membersOf(words, p.end, hit.end) ?? hit.entry.category, index: k, end: hit.end };
    }
    const w = words[k];
    // "30 Islamic State (IS) jihadists": a short parenthesis (an acronym, another name) stands between a name and its noun.
    if (w.text === '(') {
      const close = words.findIndex((x, j) => j > k && j <= k + PARENTHESIS && x.text === ')');
      if (close > 0) { k = close; skipped--; continue; }
    }
    // "two more civilians", "three further soldiers": an adjective here, not the 'more than' of a bound.
    if (ADDED.has(w.lower) && words[k + 1]?.lower !== 'than') continue;
    if (isNumberWord(w.lower) || lexicon.quantities.starts(w.lower)) return undefined;
    // "70 regime and rebel fighters": adjectives joined by "and" describe one noun.
    if (w.lower === 'and' && k > p.end && !isPunctuation(words[k + 1]) && !isTriggerAt(words, k + 1, lexicon)) continue;
    // A verb of another fate inside the phrase is an adjective or part of a name ('12 Free Syrian Army fighters',
    // '30 detained men'), not a word that ends it.
    if ((hit && hit.entry.role !== 'other-fate') || STOP.has(w.text) || (isPunctuation(w) && w.text !== '-') || /\d/.test(w.text)) return undefined;
  }
  return undefined;
}

// "Of those killed, six were children", "Of the dead, four were women": the part named before its count.
function afterPreposedPart(words: Word[], start: number, lexicon: CasualtyLexicon): boolean {
  let k = start - 1;
  if (words[k]?.text === ',') k--;
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    if (words[j - 2]?.lower !== 'of' || !/^(?:those|the)$/.test(words[j - 1]?.lower ?? '') || !isTriggerAt(words, j, lexicon)) continue;
    const hit = lexicon.words.match(words, j);
    if (hit && hit.end === k + 1) return true;
  }
  return false;
}

function isTriggerAt(words: Word[], k: number, lexicon: CasualtyLexicon): boolean {
  const role = lexicon.words.match(words, k)?.entry.role;
  return role === 'killed' || role === 'injured';
}

// "members of the same family" are civilians, "members of ISIS" and "Hezbollah members" fighters.
export function membersOf(words: Word[], after: number, end: number): CasualtyCategory | undefined {
  if (words[end - 1]?.lower !== 'members') return undefined;
  if (words[end]?.lower !== 'of' && words[end]?.lower !== 'and') {
    // A name before the noun is the group they belong to ("Four Hezbollah members").
    const named = words.slice(after, end - 1).some((w) => /^[A-Z]/.test(w.text) || ARMED.test(w.text));
    return named ? 'fighters' : undefined;
  }
  for (let k = end + 1; k < Math.min(words.length, end + 9); k++) {
    if (BOUNDARY.has(words[k].lower)) break;
    if (FAMILY.test(words[k].lower)) return 'civilian';
    if (ARMED.test(words[k].text) || /^(?:militants|jihadists|rebels|terrorists|fighters|soldiers)$/.test(words[k].lower)) return 'fighters';
  }
  return undefined;
}

// "killing 12 people, all civilians": 'people' are civilians when the sentence says so and the word
// is not itself the noun of another count or a part ("mostly civilians", "including civilians").
export function sentenceCallsCivilians(words: Word[], nounIndexes: Set<number>): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!/^civilians?$/.test(words[k].lower) || nounIndexes.has(k)) continue;
    const before = words.slice(Math.max(0, k - 3), k).map((w) => w.lower);
    if (before.some((w) => /^(?:mostly|mainly|most|including|among|many|some|no|not)$/.test(w))) continue;
    return true;
  }
  return false;
}

/** Openers of an apposition that says who all of a count were ("20 people, all of them soldiers"), longest first. */
const ALL_OPENERS: readonly (readonly string[])[] = [['all', 'of', 'them'], ['all']];

/**
 * The index of the word after an apposition's opener that follows a count's noun (', all of them were ', ', most of
 * them '), or -1 when no opener of the list stands there.
 */
export function afterOpener(words: Word[], after: number, openers: readonly (readonly string[])[]): number {
  let k = after;
  if (words[k]?.text === ',') k++;
  const opener = openers.find((o) => o.every((w, j) => words[k + j]?.lower === w));
  if (!opener) return -1;
  k += opener.length;
  if (/^(?:were|are)$/.test(words[k]?.lower ?? '')) k++;
  return k;
}

/** The kind a plural category word at k names ('soldiers', 'Hezbollah fighters'), or undefined when none stands there. */
export function pluralKindAt(words: Word[], k: number, lexicon: CasualtyLexicon): CasualtyCategory | undefined {
  const hit = lexicon.words.match(words, k);
  if (hit?.entry.role !== 'category' || hit.entry.singular) return undefined;
  return membersOf(words, k, hit.end) ?? hit.entry.category;
}

/**
 * "20 people, all of them soldiers", "people, all rebels": an apposition that says who all of them were names the
 * count's kind. Example (words of '20 people all of them soldiers', after 'people'): 'fighters'
 */
export function allOfThem(words: Word[], after: number, lexicon: CasualtyLexicon): CasualtyCategory | undefined {
  const k = afterOpener(words, after, ALL_OPENERS);
  const category = k < 0 ? undefined : pluralKindAt(words, k, lexicon);
  return category === 'unspecified' ? undefined : category;
}

