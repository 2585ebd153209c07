import type { PlaceMention, PlaceRef } from '../../model/place.js';
import type { Token } from '../../model/token.js';
import type { EventPlace } from '../../model/event-record.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { isCapitalised, keyOf } from '../annotate-places/capitalised-run.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { firstTokenFrom } from '../token-index.js';
import { countryPlace } from './country-place.js';
import { isUnresolved, unresolvedPlace } from './unresolved-place.js';
import { notAPlace, siteNamesIt } from './not-a-place.js';
import { PARTICLES, afterSiteOf, appositiveSite, coordinatedBeforeSite, listedBeforeTown, locativeBefore, namedSite, objectOfGroundVerb, seatOfName, townAt } from './name-slots.js';
import { packedMap } from '../packed-map.js';
import { itemAt } from '../item-at.js';

/** What finding cued names reads: the document's tokens, sentences and known places. */
export interface CuedNameContext {
  places: readonly PlaceMention[];
  tokens: readonly Token[];
  sentences: readonly { start: number; end: number; tokenStart: number; tokenEnd: number }[];
  text: string;
  /** Names the actors stage took for parties: never places ('in Hamas', 'at Reuters'); their countries hold a village no known place does. */
  actors?: readonly { span: { start: number; end: number }; actor?: { country?: string } }[];
}

/**
 * A name the gazetteer lacks but the text calls a place, as a place mention: `place` is what it is
 * ranked by (the site word's precision, the known place's point), `within` what it resolves to.
 * Example: { span: {…'Kafr Nabuda'}, text: 'Kafr Nabuda', place: {…Hama, precision: 'locality'}, within: {…Hama province} }
 */
export interface CuedPlace extends PlaceMention {
  place: PlaceRef;
  within: PlaceRef;
}

/** Lower-case particles inside Portuguese, Spanish, French and Italian place names: 'Mocimboa da Praia', 'San José del Guaviare'. */
const NAME_PARTICLES = new Set(['da', 'do', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'des']);


// The tests below run on every capitalised word: as module constants they are compiled objects made once,
// where a regex literal inside a function is a new RegExp each time it is reached.
const LOWER_START = /^[a-z]/;
/** Nouns after a name that still make it the object's place ('stormed the Atmeh headquarters'): the name is the place's own. */
const HOLDING_NOUNS = new Set(['headquarters', 'compound', 'checkpoint', 'checkpoints', 'stronghold', 'strongholds', 'garrison', 'outpost', 'outposts', 'barracks']);
const LIST_OPENERS = new Set([':', '--', '—', '–']);
const POSSESSIVE = /^['’]s$/;
const ACRONYM = /^[A-Z]{2,5}$/;
const DEMONYM_ENDING = /(?:ish|ese)$/;
const LETTER_START = /^\p{L}/u;
const LETTER_END = /\p{L}$/u;

const found = new WeakMap<object, CuedPlace[]>();

/**
 * The names of a document that a site word makes places although the gazetteer does not know them:
 * after '<site> of' ('the key village of Kafr Nabuda', and the names listed after it: 'the towns of
 * Khan Touman, Aleis and Zorba'), before a site word ('Jobar district') or ending in one ('Kuweires
 * Military Airport'), opened by a generic word of its language ('Jabal Al-Koz', 'Mount Vlasic') or after a locative preposition ('killed in Gursai'). Each resolves no finer than the nearest known place of its sentence, as UCDP
 * codes a village it cannot locate at the province it lies in; a sentence with no known place gives none.
 */
export function cuedPlaceNames(context: CuedNameContext): CuedPlace[] {
  let names = found.get(context);
  if (names) return names;
  names = [];
  const { tokens, text } = context;
  const cues = placeCues();
  // Places come in text order: one pointer walks them with the sentences.
  let first = 0;
  let partyCountry: (string | undefined)[] | undefined;
  for (let si = 0; si < context.sentences.length; si++) {
    const sentence = context.sentences[si];
    while (first < context.places.length && context.places[first].span.start < sentence.start) first++;
    const inSentence: PlaceMention[] = [];
    for (let k = first; k < context.places.length && context.places[k].span.start < sentence.end; k++) {
      const p = context.places[k];
      if (p.place && !p.metonymic && !p.people && p.span.end <= sentence.end) inSentence.push(p);
    }
    // A place named as a party ('blamed the U.S.') holds no village: it resolves none.
    // After '<site> of' a name is the container, whatever party the actors stage read in it ('the Karrada district of Baghdad').
    const named = inSentence.filter((p) => afterSiteOf(tokens, firstTokenFrom(tokens, p.span.start), cues) || !context.actors?.some((a) => a.span.start < p.span.end && p.span.start < a.span.end));
    // A sentence that names no known place: its parties' one country holds the village ('the Syrian Arab Army stormed Khan Al-Sheih').
    const partiesCountry = named.length ? undefined : countryMention((partyCountry ??= partiesCountries(context))[si], sentence);
    const known = partiesCountry ? [partiesCountry] : named;
    let listCue: 'locality' | 'district' | 'province' | undefined;
    // The list went on from a town the gazetteer knows: its items are that town's siblings, not places inside it.
    let listFromTown = false;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!startsName(tokens, i)) continue;
      const end = nameEnd(text, tokens, i, sentence.tokenEnd);
      const before = tokens[i - 1]?.lower ?? '';
      // 'the village of X', and the list a colon or dash opens after a site word: 'raided four villages: X, Y and Z'.
      const afterOf = before === 'of' || LIST_OPENERS.has(before) ? cues.sites.get(tokens[i - 2]?.lower ?? '') : namedSite(tokens, i, cues);
      // A list after the cue: 'the towns of Khan Touman, Aleis and Zorba' (not 'the village of Jobar, Reuters said').
      const listed = listCue && (before === 'and' || (before === ',' && [',', 'and'].includes(tokens[nameEnd(text, tokens, i, sentence.tokenEnd)]?.lower ?? ''))) ? listCue : undefined;
      const lastWord = tokens[end - 1].lower;
      const next = itemAt(tokens, end);
      // 'the Industrial city of Gujrat': after 'the', a word before '<site> of' qualifies the site, it names nothing;
      // before a part of what follows, it names the part ('the Ghazi Qala area of Ghazni').
      const qualifier = tokens[i - 1]?.lower === 'the' && tokens[end + 1]?.lower === 'of' && !cues.sets.part.has(next?.lower ?? '');
      const siteAfter = next && spacesOnly(text, tokens[end - 1].end, next.start) && LOWER_START.test(next.text) && !qualifier ? cues.sites.get(next.lower) : undefined;
      const siteInName = end - i > 1 ? cues.sites.get(lastWord) ?? cues.facilities.get(lastWord) : undefined;
      // 'Jabal Al-Koz', 'Tal Maksour', 'Mount Vlasic': a generic word of the name's own language says what it is.
      const genericFirst = end - i > 1 ? cues.generics.get(tokens[i].lower) : undefined;
      // A list whose next item is a town the gazetteer knows: 'X, Sawran and Y', 'X and Sawran'.
      const beforeKnown = !listed && listedBeforeTown(tokens, end, inSentence) ? 'locality' as const : undefined;
      // 'the X and Y suburbs' (the last name is siteAfter's), 'X, a suburb of Y': a site word further on names it.
      const siteFurther = afterOf ?? listed ?? siteAfter ? undefined : coordinatedBeforeSite(tokens, end, cues) ?? appositiveSite(tokens, end, cues);
      const bySite = afterOf ?? listed ?? siteAfter ?? siteInName ?? genericFirst ?? siteFurther ?? beforeKnown;
      // Without a site word only a locative says it is a place, and a party's name it is not ('in Hamas').
      // 'in Blake's car': a name with a possessive is someone's, not somewhere; 'through P' a letter, an initial.
      // 'the Syrian Catholic Archieparchy in Hassak-Nisibis': after a proper name, 'in X' is part of that name (its seat).
      const byLocative = !bySite && locativeBefore(tokens, i) && !(end - i === 1 && tokens[i].text.length === 1) && !POSSESSIVE.test(next?.text ?? '') && !seatOfName(tokens, i, sentence.tokenStart);
      // The object of a verb of taking or holding ground: 'the army stormed Kafr Nabuda'.
      // A name before a lower-case adjective or participle only qualifies the object ('bombed Chechen separatist forces',
      // 'targeting Islamist controlled villages'); before a noun it may still name the place ('seized the Atmeh headquarters').
      // Before a plain noun too ('raided Uber offices', 'overran the Islamist rebel defenses'), unless the noun is one that holds
      // people or things at a place ('seized the Atmeh headquarters').
      const byObject = !bySite && !byLocative && objectOfGroundVerb(tokens, i, cues) && !(next !== undefined && LOWER_START.test(next.text)
        && (next.pos === 'ADJ' || next.pos === 'VERB' || (next.pos === 'NOUN' && !HOLDING_NOUNS.has(next.lower))));
      const precision = bySite ?? (byLocative || byObject ? 'locality' : undefined);
      const span = { start: tokens[i].start, end: tokens[end - 1].end };
      // One adjective or acronym before a site word says whose or which it is: 'Kurdish neighbourhood', 'UN camp', 'this Siberian city'.
      const single = end - i === 1 && (tokens[i].pos === 'ADJ' || ACRONYM.test(tokens[i].text) || DEMONYM_ENDING.test(tokens[i].lower) || adjectiveOfPlace(tokens[i].text));
      // A town the gazetteer knows opens a list as a site word does: 'Sawran, X and Y' (not a country: 'Syria and Hezbollah').
      const town = townAt(inSentence, span);
      listCue = precision ?? (town ? 'locality' : undefined);
      // 'between Macomia and Mocimboa': a name listed with a known town lies near it, not in it, so it stays unresolved.
      const sibling: boolean = !(afterOf ?? siteAfter ?? siteInName ?? genericFirst ?? siteFurther) && ((listed !== undefined && listFromTown) || beforeKnown !== undefined);
      listFromTown = town || sibling;
      if (precision && !single && !overlapsAny(inSentence, span) && !(byLocative && context.actors !== undefined && overlapsAny(context.actors, span))
        && !(byObject && context.actors !== undefined && overlapsAny(context.actors.filter((a) => a.actor), span))
        && !notAPlace(tokens[i].lower, text.slice(span.start, span.end), siteNamesIt(tokens, i, before, afterOf, siteAfter ?? siteInName))) {
        const name = text.slice(span.start, span.end);
        // A sentence with no known place and parties of no one country: the name is all the text says, unlocated.
        if (!known.length) {
          const alone = unresolvedPlace(name, undefined, precision);
          names.push({ span, text: name, place: alone, within: alone, confidence: 0.3 });
          i = end - 1;
          continue;
        }
        const within = nearest(known, span, tokens);
        // Within a town, a 'district' is a quarter of it ('Wadi Zeitoun district of Aleppo'): the town locates it; an
        // area ('a town in the eastern Ghouta suburbs') is small enough to locate it too. Within a province or a
        // country, the name itself is the place, unlocated ('the village of X in Y province').
        const container = within.place!;
        const place = !sibling && (container.precision === 'locality' || container.precision === 'district')
          ? { ...container, precision: container.precision === 'locality' ? 'locality' as const : precision }
          : unresolvedPlace(name, container, precision);
        names.push({ span, text: name, place, within: within.place!, confidence: 0.3 });
      }
      i = end - 1;
    }
  }
  found.set(context, names);
  return names;
}

/** True when only spaces stand between two offsets: wire copy doubles some ('the Zaafaraniyah  district'). */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * True when one of the items overlaps the span. A loop, not a closure in cuedPlaceNames' token loop: a closure
 * there captures the span, and V8 then allocates a scope for every token of the sentence.
 */
function overlapsAny(items: readonly { span: { start: number; end: number } }[], span: { start: number; end: number }): boolean {
  for (let k = 0; k < items.length; k++) if (items[k].span.start < span.end && span.start < items[k].span.end) return true;
  return false;
}

/**
 * The event place a candidate gives: a cued name keeps its own words and evidence, with the town it lies in,
 * or itself unresolved when only a province or country holds it.
 */
export function eventPlaceOf(p: PlaceMention): EventPlace {
  const within = (p as Partial<CuedPlace>).within;
  return { text: p.text, evidence: p.span, place: within && !isUnresolved(p.place!) ? within : p.place! };
}

/**
 * The one country the parties of a sentence belong to, as a place that holds its unknown villages (UCDP
 * codes a village it cannot find at the finest level it knows). Parties of two countries hold none.
 */
/**
 * For each sentence, the one country of the parties named inside it, or undefined when they have none
 * or several (unless the document names no place at all): found in one pass over the document's actors.
 */
function partiesCountries(context: CuedNameContext): (string | undefined)[] {
  // With no place named anywhere in the document, parties of several countries still give one: the first named,
  // the side that acts as a rule ('the Syrian army and Hezbollah stormed X'); a document that names places gives
  // its villages to the paragraph's place instead (inherited-place.ts), a better guess than a party's country.
  const unplaced = !context.places.some((p) => p.place && !p.metonymic && !p.people);
  const bySentence: Set<string>[] = packedMap(context.sentences, () => new Set<string>());
  const actors = [...(context.actors ?? [])].sort((a, b) => a.span.start - b.span.start);
  let s = 0;
  for (const a of actors) {
    while (s < context.sentences.length && context.sentences[s].end <= a.span.start) s++;
    if (s === context.sentences.length) break;
    const sentence = context.sentences[s];
    if (a.span.start >= sentence.start && a.span.end <= sentence.end && a.actor?.country) bySentence[s].add(a.actor.country);
  }
  return packedMap(bySentence, (countries) => (countries.size === 1 || (unplaced && countries.size > 1) ? countries.values().next().value : undefined));
}

function countryMention(iso: string | undefined, sentence: { start: number }): PlaceMention | undefined {
  const place = iso === undefined ? undefined : countryPlace(iso);
  return place && { span: { start: sentence.start, end: sentence.start }, text: '', place, confidence: 0.3 };
}

function startsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isCapitalised(t)) return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X' || t.pos === 'ADJ';
  // 'al-Latmana': a particle joined by a hyphen to a capitalised word.
  return PARTICLES.has(t.lower) && tokens[i + 1]?.text === '-' && tokens[i + 2] !== undefined && isCapitalised(tokens[i + 2]);
}

/** One past the last token of the name starting at i: capitalised words, particles and the hyphens and apostrophes joining them. */
function nameEnd(text: string, tokens: readonly Token[], i: number, limit: number): number {
  let end = i + 1;
  while (end < limit) {
    const t = tokens[end];
    const gap = t.start - tokens[end - 1].end;
    if (gap > 1 || (gap === 1 && text[tokens[end - 1].end] !== ' ')) break;
    const joiner = (t.text === '-' || t.text === '’' || t.text === '‘' || t.text === "'") && gap === 0 && tokens[end + 1]?.start === t.end;
    // The segmenter splits some words at a diacritic ('Qu' + 'ảng'): letters glued on go on the word.
    const glued = gap === 0 && LETTER_START.test(t.text) && LETTER_END.test(tokens[end - 1].text);
    // 'Mocimboa da Praia', 'Vila de Sena': a particle between two capitalised words of one name.
    const particle = gap === 1 && NAME_PARTICLES.has(t.text) && tokens[end + 1] !== undefined && tokens[end + 1].start - t.end === 1 && isCapitalised(tokens[end + 1]);
    if (isCapitalised(t) || joiner || glued || particle || (PARTICLES.has(t.lower) && tokens[end + 1]?.text === '-')) { end++; continue; }
    break;
  }
  while (end > i + 1 && !isCapitalised(tokens[end - 1]) && !(tokens[end - 1].start === tokens[end - 2].end && LETTER_START.test(tokens[end - 1].text))) end--;
  return end;
}

/** 'Siberian', 'Anatolian': an adjective made from a place the gazetteer knows by adding 'n' ('Gagrian' is a village's own name). */
function adjectiveOfPlace(word: string): boolean {
  return word.endsWith('ian') && gazetteer().candidatesByKey(keyOf(word.slice(0, -1))).length > 0;
}

/**
 * The known place nearest the name, coarser places first (a village lies in its province, not in the
 * next town named), and after it before before it; a country that only qualifies a noun ('U.S. troops') holds nothing.
 */
function nearest(known: readonly PlaceMention[], span: { start: number; end: number }, tokens: readonly Token[]): PlaceMention {
  const distance = (p: PlaceMention) => (p.span.start >= span.end ? p.span.start - span.end : span.start - p.span.end);
  const modifier = (p: PlaceMention) => {
    if (p.place!.precision !== 'country' && p.place!.precision !== 'region') return false;
    const next = tokens[firstTokenFrom(tokens, p.span.end)];
    return next !== undefined && next.start - p.span.end <= 1 && next.pos === 'NOUN' && LOWER_START.test(next.text);
  };
  const holding = known.filter((p) => !modifier(p));
  const pool = holding.length ? holding : known;
  const coarse = pool.filter((p) => p.place!.precision !== 'locality');
  const candidates = coarse.length ? coarse : pool;
  // English names the container after the place ('Mouhessen town in Deir Ezzor'); one named before may be another's ('the State of Iraq').
  const after = candidates.filter((p) => p.span.start >= span.end);
  return [...(after.length ? after : candidates)].sort((a, b) => distance(a) - distance(b))[0];
}
