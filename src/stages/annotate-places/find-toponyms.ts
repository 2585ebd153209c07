import type { Token, Sentence } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import type { NameCandidate } from '../../gazetteer/gazetteer-place.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { placeCues } from './place-cues.js';
import { speaksAfter } from './detect-metonymy.js';
import { capitalPhrase } from './capital-phrase.js';
import { arabicTail, gluedHyphen, lostApostrophe } from './name-edges.js';
import { capitalisedRunEnd, isAllCaps, isCapitalised, isLowerWord, keyOf, looseKey, splitInitials, tokenKey } from './capitalised-run.js';
import { weekdayBeforeDate } from './weekday-stamp.js';
import { itemAt } from '../item-at.js';

/** A compass word, alone or joined: 'Northern', 'North-Western', 'Southeastern', 'Central'. */
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?$|^central$/;
// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
/** Particles inside Portuguese, Spanish, French and Italian place names ('Mocimboa da Praia'): what follows one is no name of its own. */
const NAME_PARTICLES = new Set(['da', 'do', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'des']);
const PORTUGUESE_PARTICLES = new Set(['da', 'do', 'dos', 'das']);
const OPENING_MARK = /^["“‘'(]$/;
const PARTY_LETTER = /^[DRI]$/;
const INITIAL = /^[A-Z]\.?$/;
const SETTLEMENT = /^(city|town|village)$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const BARE_COMPASS = /^(north|south|east|west)$/;
const ACRONYM = /^[A-Z]{2,6}$/;
// What the words before a name say it is: 'the city of', 'the province of', 'villages in'.
const SETTLEMENT_OF = /\b(city|town|village) of$/;
const PROVINCE_OF = /\b(province|governorate|region|state) of$/;
const TOWNS_IN = /\b(towns?|villages?|countryside) in$/;

/**
 * A name in the text that the gazetteer knows, before it is resolved.
 * Example: { span: {start: 40, end: 46}, first: 8, last: 8, candidates: [{ row: 812, role: 'primary' }, …], unit: 'province' }
 */
export interface Toponym {
  span: Span;
  /** The gazetteer key of the name ('dayrezor'): the same key is the same name. */
  key: string;
  /** The name folded with its doubled letters kept ('deirezzor'), to prefer exact spellings. */
  looseKey: string;
  /** Index of its first and last token in Layers.tokens. */
  first: number;
  last: number;
  candidates: NameCandidate[];
  /** A seat of government ('the Kremlin'): the id of its city, always metonymic. */
  seat?: string;
  /** Named as a country's capital ('the Canadian capital'), not by its name: often a passing reference, so no evidence for the others. */
  capitalOf?: boolean;
  /** 'Aleppo province' asks for the province, 'the city of Aleppo' for the town. */
  unit?: 'province' | 'locality';
  /** Follows 'Place, ': 'Alexandria, La.' lets a postal abbreviation count and narrows 'Alexandria'. */
  afterComma?: number;
  /** The first token of the name of what the text says it lies in: 'Kani township in the Sagaing region' → the token 'Sagaing'. */
  within?: number;
  /** Another capitalised word follows it in the same sentence ('North-Western Sydney'): it is part of a longer name. */
  runsOn?: boolean;
  /** Follows a party letter ('D-S.C.', 'R-Texas'): a postal abbreviation counts. */
  party?: boolean;
  /** A verb of saying follows ('Washington has asked'): the capital, used for its government, is likelier. */
  speaks?: boolean;
}

const MAX_TOKENS = 6;

// 'in Dublin' is the town even where 'Dublin' was a surname a line before.
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'around', 'across', 'throughout', 'into', 'toward', 'towards', 'between', 'inside', 'within']);

/**
 * Finds the names of places in one document: the longest gazetteer name over capitalised tokens
 * and the connectors between them, read left to right. Titles ('Sen. Kerry'), words that stand
 * before a surname ('John Kerry') and surnames seen so stop a name; words after a place that
 * make an organisation ('Alexandria Police') keep the place, as the gold corpora mark it.
 */
export function findToponyms(text: string, tokens: Token[], sentences: Sentence[], gaz: Gazetteer): Toponym[] {
  const cues = placeCues();
  const found: Toponym[] = [];
  const surnames = new Set<string>();
  const bare = (t: Token) => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
  // Countries and provinces are not first names or surnames ('U.S. Census', 'Georgia Tech').
  const majorPlace = (candidates: NameCandidate[]) => isMajorPlace(candidates, gaz);
  const statesOf = (w: Token) => gaz.candidatesByKey(tokenKey(w)).filter((c) => {
    const p = gaz.place(c.row);
    return c.role === 'primary' && (p.precision === 'country' || (p.precision === 'province' && p.population >= 50000));
  });
  const nameOfState = (w: Token) => statesOf(w).length > 0;
  // 'Tabqa Syria', 'Tartous Homs': a town then the country or province it lies in, its comma lost
  // (not 'George Washington', a first name, nor 'Dodge Durango', a town and another country's state).
  const townInState = (candidates: NameCandidate[], w: Token, first: string) => !cues.sets['given-name'].has(first) && statesOf(w).some((s) => {
    const country = gaz.place(s.row).country;
    return candidates.some((c) => gaz.place(c.row).country === country);
  });
  let skipTo = 0;
  for (const sentence of sentences) {
    let i = Math.max(sentence.tokenStart, skipTo);
    // wink-nlp ends a sentence inside 'S.C.' ('Charleston, S. | C.'): let a name run on across that break.
    const limit = splitInitials(tokens, sentence.tokenEnd) ? sentence.tokenEnd + 1 : sentence.tokenEnd;
    skipTo = limit;
    while (i < limit) {
      const t = tokens[i];
      if (!isCapitalised(t)) { i++; continue; }
      const end = capitalisedRunEnd(text, tokens, i, limit, gaz);
      let matchedBefore = false;
      // 'Mocimboa da Praia': a name after another name and a Romance particle is that name's tail, not a place of its
      // own (Praia, Cape Verde); after 'of' a name starts afresh ('United Way of Metropolitan Atlanta').
      let tailOfName = false;
      // Headlines and datelines ('NEWARK, N.J. (AP)') are all capitals: names there stand side by side.
      let allCaps = true;
      for (let j = i; j < end && allCaps; j++) allCaps = isAllCaps(tokens[j].text);
      let k = i;
      while (k < end) {
        const capital = capitalPhrase(tokens, k, limit, gaz);
        if (capital) {
          found.push(toponym(tokens, k, capital.last, keyOf(text.slice(tokens[k].start, tokens[capital.last].end)), capital.candidates, undefined, limit, true));
          matchedBefore = tailOfName = false;
          k = capital.last + 1;
          continue;
        }
        const match = isCapitalised(tokens[k]) ? longestMatch(text, tokens, k, end, gaz) : undefined;
        if (!match) {
          const word = bare(tokens[k]);
          // 'United Way of Metropolitan Atlanta': a name after 'of' starts afresh.
          if (cues.sets.connector.has(tokens[k].lower)) {
            // After a name the gazetteer knows, only a Portuguese particle: a Spanish or French one may join two names ('Casa de Fruta').
            tailOfName = (matchedBefore ? NAME_PARTICLES : PORTUGUESE_PARTICLES).has(tokens[k].text) && k > i && isCapitalised(tokens[k - 1]);
            matchedBefore = false;
            k++;
            continue;
          }
          tailOfName = false;
          // A possessive that lost its apostrophe ends what came before it: 'Militants Attack Syrias Idlib' is Syria's Idlib,
          // whatever capitalised words of a headline stood before.
          if (lostApostrophe(tokens[k], gaz)) { matchedBefore = false; k++; continue; }
          // An unknown capitalised word before a name makes it a person or an organisation ('John Kerry', 'Fox News').
          const sentenceStart = k === sentence.tokenStart || OPENING_MARK.test(tokens[k - 1]?.text ?? '');
          // Names the gazetteer knows otherwise ('Egyptian' in 'Egyptian-US') and initials ('D-S.C.') do not start a person's name.
          const known = word.length < 2 || gaz.candidatesByKey(tokenKey(tokens[k])).length > 0 || lostApostrophe(tokens[k], gaz);
          if (!known && !cues.sets.stopword.has(word) && !(sentenceStart && tokens[k].pos !== 'PROPN') && isCapitalised(tokens[k])) matchedBefore = true;
          if (cues.sets.title.has(word)) matchedBefore = true;
          k++;
          continue;
        }
        const { last, key, candidates, seat } = match;
        const first = tokens[k];
        const previous = tokens[k - 1];
        const single = last === k;
        const word = bare(first);
        const title = previous !== undefined && k > sentence.tokenStart && cues.sets.title.has(bare(previous));
        // 'Scott Walker', 'Michael Jones': a one-word name followed by another capitalised word that
        // does not make it an organisation ('Alexandria Police') or a unit ('Aleppo Province').
        const rest = tokens.slice(last + 1, end);
        // The name that follows is its capitalised words: a connector ends it ('Tal Maksour on Monday').
        let nameAfter = 0; while (nameAfter < rest.length && isCapitalised(rest[nameAfter])) nameAfter++;
        const endsName = (w: Token) => ['organisation', 'unit', 'stopword', 'title', 'street'].some((kind) => cues.sets[kind as 'unit'].has(bare(w))) || nameOfState(w);
        // 'La.' after 'Alexandria, ' is Louisiana, not the article 'la'.
        const postal = candidates.some((c) => c.role === 'postal') && (previous?.text === ',' || (previous?.text === '-' && PARTY_LETTER.test(tokens[k - 2]?.text ?? '')));
        const commonWord = !postal && (cues.sets.stopword.has(word) || cues.sets.connector.has(word) || cues.sets.street.has(word));
        // A middle initial ('Terry A. Corbin') makes a person whatever follows.
        const initial = rest.length > 0 && INITIAL.test(rest[0].text);
        // An acronym after it is a party's or an agency's ('the city of Hassakeh ISIS fighters …', 'Homs SANA said'), no surname.
        const followedByName = single && !allCaps && !commonWord && rest.length > 0 && isCapitalised(rest[0]) && !ACRONYM.test(rest[0].text) && !nameOfState(first) && !townInState(candidates, rest[0], word) && !majorPlace(candidates) &&
          (initial || !rest.slice(0, nameAfter).some((r) => cues.sets.organisation.has(bare(r)) || cues.sets.unit.has(bare(r)) || cues.sets.stopword.has(bare(r))));
        // 'Mary Wheeler', 'Linda Daily': a first name before another name starts a person's name,
        // even where GeoNames lists it as a town or a province.
        const givenName = single && !allCaps && cues.sets['given-name'].has(word) && rest.length > 0 && isCapitalised(rest[0]) && !endsName(rest[0]);
        // 'Kerry said': a town as the subject of a verb of saying is a person; a capital or a state is its government.
        const speakingPerson = single && !seat && speaksAfter(tokens, last) && !nameOfState(first) && !candidates.some((c) => gaz.place(c.row).kind === 'PPLC');
        const person: boolean = matchedBefore || title || followedByName || speakingPerson || givenName;
        const after = itemAt(tokens, last + 1);
        // 'Dublin Road' is a street's name; 'a Lahore court' is a court in the place.
        const street = after !== undefined && last + 1 < limit && isCapitalised(after) && cues.sets.street.has(bare(after));
        // 'And I', 'As soon': a common word and the next one that only an alternate spelling of some town matches.
        // A compass word before a name unknown alone is its first word ('North Waziristan', not 'West Side').
        const regionName = BARE_COMPASS.test(word) && last === k + 1 && gaz.candidatesByKey(tokenKey(tokens[last])).length === 0;
        const commonPhrase = !single && cues.sets.stopword.has(word) && !regionName && (candidates.every((c) => c.role === 'alternate') || tokens[last].text === 'I');
        // 'the Khan-Arnab area': the first part of a hyphenated name the gazetteer does not know whole, when it
        // is only another spelling of some place ('Khan' for a Homs village), is no place of its own. A place's
        // own name stays ('Watertown-Mayer', 'Aleppo-Damascus'), as the geoparsing corpora mark it.
        const hyphenPart = single && candidates.every((c) => c.role !== 'primary') && gluedHyphen(tokens, last + 1, limit);
        // 'Northwestern Hama', 'Southern Idlib': a compass word before a name gives the part of it, not a province of its own.
        const direction = single && COMPASS.test(first.lower) && rest.length > 0 && isCapitalised(rest[0]);
        // 'Bab al-Faraj', 'Wadi al-Ezeib': a generic word ('gate', 'valley') that the name runs on from opens a longer
        // name the gazetteer lacks; alone it is some town called 'Gate' (al-Bab), not this quarter or valley.
        const genericHead = single && !seat && cues.generics.has(word) && last + 1 < end;
        const reject =
          person ||
          direction ||
          genericHead ||
          (tailOfName && !seat) ||
          arabicTail(tokens, k, sentence.tokenStart, cues.sets['arabic-article']) ||
          hyphenPart ||
          commonPhrase ||
          street ||
          (single && surnames.has(word) && !LOCATIVE.has(previous?.lower ?? '')) ||
          (single && commonWord && !seat) ||
          (single && weekdayBeforeDate(tokens, k)) ||
          // 'National News Agency', 'Border Police': a word that ends an organisation's name, after another
          // capitalised word of the run, is that name's last word, not a town that happens to share it.
          (single && !seat && k > i && isCapitalised(tokens[k - 1]) && cues.sets.organisation.has(word)) ||
          (single && k === sentence.tokenStart && first.pos !== 'PROPN' && !seat && !isAllCaps(first.text));
        // The surname is then no place for the rest of the article ('Kerry said'), unless it names a country or a province.
        // The surname ends the person's name: the word before a connector ('James Mitchell of Charleston'), else the run's last.
        const surname = tokens[personEnd(tokens, last + 1, end, cues.sets.connector) - 1];
        if (person && !nameOfState(surname)) surnames.add(bare(surname));
        if (person && single && !followedByName && !nameOfState(first)) surnames.add(word);
        if (!reject) found.push(toponym(tokens, k, last, key, candidates, seat, limit));
        // Only a person's name runs on: 'John Kerry Smith', not 'In Sudan'.
        matchedBefore = person;
        tailOfName = false;
        k = last + 1;
      }
      i = end;
    }
  }
  return found;
}

/** One past the last token of a person's name that runs on from `from`: a connector ('of', 'de') ends it. */
function personEnd(tokens: Token[], from: number, end: number, connectors: Set<string>): number {
  for (let j = from; j < end; j++) if (connectors.has(tokens[j].lower)) return j;
  return end;
}

interface Match {
  last: number;
  key: string;
  candidates: NameCandidate[];
  seat?: string;
}

/** A capital or a city of 300,000 people: a name too well known to be taken for a first name ('Dublin Singers'). */
function isMajorPlace(candidates: NameCandidate[], gaz: Gazetteer): boolean {
  return candidates.some((c) => {
    const p = gaz.place(c.row);
    return c.role === 'primary' && p.precision === 'locality' && (p.kind === 'PPLC' || p.population >= 300_000);
  });
}

function longestMatch(text: string, tokens: Token[], k: number, end: number, gaz: Gazetteer): Match | undefined {
  const cues = placeCues();
  let best: Match | undefined;
  // Grow the name a token at a time while some gazetteer key still starts with it.
  for (let last = k; last < end && last < k + MAX_TOKENS; last++) {
    // One token's text is its own slice of the text: reuse the string (and its hash) the segmenter kept.
    const surface = last === k ? tokens[k].text : text.slice(tokens[k].start, tokens[last].end);
    const key = last === k ? tokenKey(tokens[k]) : keyOf(surface);
    if (last > k && !gaz.hasPrefix(key) && !cues.seats.has(key)) break;
    if (!isCapitalised(tokens[last]) && !isLowerWord(tokens[last])) continue;
    const seat = cues.seats.get(key);
    if (seat) { best = { last, key, candidates: [], seat }; continue; }
    let candidates = gaz.candidatesByKey(key);
    // Short all-capital words are acronyms ('AP', 'ASEAN'): only the alias file's (US, UK, DRC) count.
    if (isAllCaps(surface) && surface.replace(/\./g, '').length <= 5) {
      candidates = candidates.filter((c) => c.role === 'postal' || (c.role === 'primary' && (gaz.place(c.row).precision !== 'locality' || isMajorPlace([c], gaz))));
    }
    // 'Syrian' alone describes an actor's nationality, not a place; so does 'Somali' before a common noun ('the
    // Somali border'), though a region bears the name too.
    if (candidates.some((c) => c.role === 'demonym') && isCommonNoun(tokens[last + 1])) continue;
    if (candidates.some((c) => c.role !== 'demonym')) best = { last, key, candidates: candidates.filter((c) => c.role !== 'demonym') };
  }
  return best;
}

/** A lower-case noun ('border', 'troops'): what a nationality word before it qualifies. */
function isCommonNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && LOWER_WORD.test(t.text);
}

function toponym(tokens: Token[], first: number, last: number, key: string, candidates: NameCandidate[], seat: string | undefined, sentenceEnd: number, capitalOf?: true): Toponym {
  const cues = placeCues();
  const next = itemAt(tokens, last + 1);
  // The three words before it, as the unit patterns below read them; each pattern ends on 'of' or 'in', so
  // the words are joined only when the last of them ends so (most names have no such word before them).
  const previous = tokens[first - 1]?.lower;
  const before = previous !== undefined && (previous.endsWith('of') || previous.endsWith('in')) ? tokens.slice(Math.max(0, first - 3), first).map((t) => t.lower).join(' ') : '';
  let unit: Toponym['unit'];
  if (next && last + 1 < sentenceEnd && cues.sets.unit.has(next.lower)) unit = SETTLEMENT.test(next.lower) ? 'locality' : 'province';
  else if (SETTLEMENT_OF.test(before)) unit = 'locality';
  else if (PROVINCE_OF.test(before)) unit = 'province';
  // 'in Mouhessen town and Jadid Ekeidat village in Deir Ezzor', 'villages in Idlib': what holds towns is a province.
  else if (TOWNS_IN.test(before)) unit = 'province';
  const comma = tokens[first - 1]?.text === ',' ? first - 2 : undefined;
  // 'Rep. Clyburn, D-S.C.': a party letter and a hyphen introduce a state abbreviation.
  const party = tokens[first - 1]?.text === '-' && PARTY_LETTER.test(tokens[first - 2]?.text ?? '');
  const looseName = looseKey(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
  return { span: { start: tokens[first].start, end: tokens[last].end }, key, looseKey: looseName, first, last, candidates, seat, unit, afterComma: comma, party, speaks: speaksAfter(tokens, last), within: withinName(tokens, last + 1, sentenceEnd),
    runsOn: next !== undefined && last + 1 < sentenceEnd && isCapitalised(next), capitalOf };
}

/**
 * The name a place is said to lie in, read from the words after it: 'Hamilton township in the northern
 * Sagaing region', 'a village in Idlib'. Lower-case words (a unit, 'the', a direction) may stand between.
 */
function withinName(tokens: Token[], from: number, sentenceEnd: number): number | undefined {
  let i = from;
  if (i < sentenceEnd && tokens[i].pos === 'NOUN' && LOWER_WORD.test(tokens[i].text)) i++;
  if (tokens[i]?.lower !== 'in' || i >= sentenceEnd) return undefined;
  i++;
  for (let steps = 0; i < sentenceEnd && steps < 3 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ') && LOWER_WORD.test(tokens[i].text); steps++) i++;
  return i < sentenceEnd && isCapitalised(tokens[i]) ? i : undefined;
}
