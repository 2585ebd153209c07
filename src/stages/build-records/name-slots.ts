import type { PlaceMention } from '../../model/place.js';
import type { Token } from '../../model/token.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { isCapitalised } from '../annotate-places/capitalised-run.js';
import { firstTokenFrom } from '../token-index.js';
import { isCalendarName } from './not-a-place.js';

/**
 * The slots of a sentence that make a name the gazetteer lacks a place (cued-place-names.ts reads them): a site word
 * and its 'of', a locative, a verb or a noun of attack, a list with a known town.
 */

/** Prepositions that put what follows somewhere: an unknown name after one is a place ('killed in Gursai'). */
const LOCATIVES = new Set(['in', 'at', 'near', 'inside', 'outside', 'around', 'throughout', 'within', 'between', 'towards', 'toward', 'into', 'across', 'through', 'along']);

/** Words inside a name of the region that are not capitalised: 'Hajar al-Aswad', 'Deir ez-Zor'. */
export const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'ez', 'es', 'er', 'bin', 'ibn', 'abu', 'bani', 'beni']);

// Module constants: a regex literal inside a function is a new RegExp each time it is reached.
const LOWER_START = /^[a-z]/;
const DIRECTION = /^(north|south|east|west)(ern)?$|^(central|downtown)$/;

/** True when a town or a district the gazetteer knows (not a country or a province) overlaps the span. */
export function townAt(places: readonly PlaceMention[], span: { start: number; end: number }): boolean {
  for (let k = 0; k < places.length; k++) {
    const p = places[k];
    if (p.span.start < span.end && span.start < p.span.end && (p.place!.precision === 'locality' || p.place!.precision === 'district')) return true;
  }
  return false;
}

/**
 * True when the name ending before token `end` is an item of a list whose next item is a known town: 'X and Sawran',
 * or 'X, Sawran and Y' / 'X, Sawran, Y' (a comma alone lists only when the town goes on to another item:
 * not 'said Ahmed Ali, Aleppo's governor').
 */
export function listedBeforeTown(tokens: readonly Token[], end: number, places: readonly PlaceMention[]): boolean {
  const link = tokens[end]?.lower;
  if (link !== ',' && link !== 'and') return false;
  let j = end + 1;
  if (link === ',' && tokens[j]?.lower === 'and') j++;
  const first = tokens[j];
  if (!first || !isCapitalised(first)) return false;
  const town = places.find((p) => p.span.start === first.start && (p.place!.precision === 'locality' || p.place!.precision === 'district'));
  if (!town) return false;
  if (link === 'and' || tokens[j - 1].lower === 'and') return true;
  const after = tokens[firstTokenFrom(tokens, town.span.end)]?.lower;
  return after === ',' || after === 'and';
}

/**
 * The precision of a site word that names the name at token i in other words than 'of': 'a village called X', 'a town
 * named X', 'two areas known as X and Y', 'raided three villages: X, Y and Z'.
 */
export function namedSite(tokens: readonly Token[], i: number, cues: ReturnType<typeof placeCues>): 'locality' | 'district' | 'province' | undefined {
  const before = tokens[i - 1]?.lower;
  // 'a place called X': a word for somewhere that is no site word of its own.
  if (before === 'called' || before === 'named') return cues.sites.get(tokens[i - 2]?.lower ?? '') ?? (SOMEWHERE.has(tokens[i - 2]?.lower ?? '') ? 'locality' : undefined);
  if (before === 'as' && (tokens[i - 2]?.lower === 'known' || tokens[i - 2]?.lower === 'such')) return cues.sites.get(tokens[i - 3]?.lower ?? '');
  // 'in villages like X and Y', 'several towns, including X': the examples of a plural site word.
  if (before === 'like' || before === 'including') return PLURAL.test(tokens[i - 2]?.lower ?? '') ? cues.sites.get(tokens[i - 2].lower) : undefined;
  return undefined;
}

/** Words for somewhere that hold a place only when they name it: 'a place called X' (not 'in place of X'). */
export const SOMEWHERE: ReadonlySet<string> = new Set(['place', 'location', 'spot']);

/** True when '<site> of' stands right before token i: 'the Karrada district of Baghdad'. */
export function afterSiteOf(tokens: readonly Token[], i: number, cues: ReturnType<typeof placeCues>): boolean {
  return tokens[i - 1]?.lower === 'of' && cues.sites.has(tokens[i - 2]?.lower ?? '');
}

/** A verb of taking or holding ground, or a noun of attack with its 'on', before the name, over 'the' and adjectives: 'stormed the strategic Tal Kroum', 'the assault on Kulbis'. */
export function objectOfGroundVerb(tokens: readonly Token[], i: number, cues: ReturnType<typeof placeCues>): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 4 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  // 'the assault on Kulbis': a noun of an attack and its 'on'.
  // A name before a lower-case noun there qualifies what was attacked ('an attack on Islamist positions').
  if (tokens[j]?.lower === 'on' && j > i - 4) {
    const after = tokens[nameEndAt(tokens, i)];
    return cues.sets['attack-noun'].has(tokens[j - 1]?.lower ?? '') && tokens[j + 1]?.lower !== 'a' && tokens[j + 1]?.lower !== 'an'
      && !(after !== undefined && after.pos === 'NOUN' && LOWER_START.test(after.text));
  }
  const verb = tokens[j];
  // 'bombed a Hindu temple': after 'a' the name qualifies a noun, as no place takes the indefinite article.
  if (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an') return false;
  return verb !== undefined && verb.pos === 'VERB' && cues.sets['ground-verb'].has(verb.lemma);
}

/** One past the capitalised words from token i (a name's plain extent, for what follows it). */
export function nameEndAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && (isCapitalised(tokens[k]) || tokens[k].text === '-' || PARTICLES.has(tokens[k].lower))) k++;
  return k;
}

/** A locative preposition before the name, over 'the' and directions: 'in Gursai', 'in northern Gursai'. */
export function locativeBefore(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 3 && (tokens[j].pos === 'DET' || DIRECTION.test(tokens[j].lower))) j--;
  return LOCATIVES.has(tokens[j]?.lower ?? '');
}

/** True when a capitalised name (not a day or month) stands right before the locative before token i: 'the Archieparchy in X'. */
export function seatOfName(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 3 && (tokens[j].pos === 'DET' || DIRECTION.test(tokens[j].lower))) j--;
  const before = tokens[j - 1];
  return j - 1 > sentenceStart && before !== undefined && isCapitalised(before) && before.pos === 'PROPN' && !isCalendarName(before.lower);
}

/**
 * The precision of a plural site word that a list of names runs on to from the name ending before token `end`: 'the
 * X and Y suburbs', 'the X, Y and Z neighbourhoods' make the first name a place too, not the last alone. A singular
 * site word names one thing ('Homs and Hama province', 'Kamal and Hadi camp officials'), so it lists nothing.
 */
export function coordinatedBeforeSite(tokens: readonly Token[], end: number, cues: ReturnType<typeof placeCues>): 'locality' | 'district' | 'province' | undefined {
  let j = end;
  for (let items = 0; items < 6; items++) {
    const link = tokens[j]?.lower;
    if (link !== ',' && link !== 'and') return undefined;
    j++;
    if (link === ',' && tokens[j]?.lower === 'and') j++;
    if (!tokens[j] || !isCapitalised(tokens[j])) return undefined;
    j = nameEndAt(tokens, j);
    const next = tokens[j];
    if (next && LOWER_START.test(next.text) && PLURAL.test(next.lower) && cues.sites.has(next.lower)) return cues.sites.get(next.lower);
  }
  return undefined;
}

const PLURAL = /s$/;

/**
 * The precision of the site word an apposition calls the name ending before token `end`: 'X, a suburb of Y', 'X, a
 * small town near Y', 'X, a Shiite-dominated village'. The site word must head the apposition: in 'X, a town
 * councillor' or 'X, a camp guard' it only qualifies a person.
 */
export function appositiveSite(tokens: readonly Token[], end: number, cues: ReturnType<typeof placeCues>): 'locality' | 'district' | 'province' | undefined {
  if (tokens[end]?.lower !== ',' || !ARTICLES.has(tokens[end + 1]?.lower ?? '')) return undefined;
  for (let j = end + 2; j < end + 8 && j < tokens.length; j++) {
    const t = tokens[j];
    const site = LOWER_START.test(t.text) ? cues.sites.get(t.lower) : undefined;
    if (site) {
      const after = tokens[j + 1];
      return after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN') && LOWER_START.test(after.text) ? undefined : site;
    }
    if (!(MODIFIER_POS.has(t.pos) || t.text === '-' || (t.pos === 'VERB' && PARTICIPLE.test(t.lower)))) return undefined;
  }
  return undefined;
}

const ARTICLES = new Set(['a', 'an']);
const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN']);
const PARTICIPLE = /(?:ed|ing)$/;
