import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import { foundMention, type FoundMention } from './found-mention.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { locativeBefore } from './named-actor-context.js';
import { armedNounEnd } from './scan-mentions.js';
import { inPlaceList } from './place-list.js';
import { hyphenedToPlace } from './hyphened-place.js';
import { isCalendarWord } from '../annotate-dates/time-words.js';

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'de', 'la', 'van', 'von', 'der', 'of', 'for', 'and', "'s"]);
// 'Mondays airstrikes', 'Tuesdays bombardment': a day's possessive whose apostrophe the page lost (or a plural day) names nobody.
const WEEKDAY_S = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/;
// Capitalised words that start sentences and headlines but name nobody.
const NOT_NAMES = new Set('the a an in on at of for to from by with and but or this that these those it he she we they i his her their its our after before during while however according because since as if when mr mrs ms dr'.split(' '));

// Alone, these name no party: a direction ('the Western-backed government') or the administrative
// head of a place name the places layer took the rest of ('Khorasan Province'). In a longer name they count.
const NOT_NAMES_ALONE = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'province', 'region', 'district', 'governorate', 'county', 'municipality']);

// A picture's credit after an agency ('(AFP Photo)', '(Reuters File Photo)'): the words of the credit name nobody.
const CREDIT_WORDS = new Set(['photo', 'photos', 'file', 'picture', 'pictures', 'image', 'images']);

// Words a title-case headline capitalises that name nobody, whether or not the body repeats them: acts and their
// tolls ('Army Offensive', 'Dozens Killed') and prepositions ('Near Mosul'). A named operation keeps its own words.
const HEADLINE_WORDS = new Set(['offensive', 'attack', 'attacks', 'assault', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing',
  'shelling', 'battle', 'clashes', 'ambush', 'siege', 'killed', 'kill', 'kills', 'dozens', 'scores', 'hundreds', 'near', 'against', 'amid', 'into', 'over']);

const NO_STEMS: ReadonlySet<string> = new Set();
/** Nouns that count the dead and hurt: a capitalised run holding one is a headline's tally, not a name. */
const CASUALTY_NOUNS = new Set(['casualties', 'casualty', 'toll', 'victims', 'deaths', 'dead', 'wounded', 'injured']);
const LETTER_START = /^[A-Za-z]/;
const LOWER_WORD = /^[a-z]+$/;
const STEM_ENDING = /(ing|ed|es|s)$/;

// Sentences of five words or more, three in four of them capitalised: headlines. Words come in sentence order.
function titleCaseSentences(words: readonly TextWord[]): Set<number> {
  const out = new Set<number>();
  let sentence = -1;
  let all = 0;
  let capital = 0;
  const close = () => {
    if (all >= 5 && capital >= 0.75 * all) out.add(sentence);
  };
  for (const w of words) {
    if (w.sentence !== sentence) {
      close();
      sentence = w.sentence;
      all = capital = 0;
    }
    if (!LETTER_START.test(w.text)) continue;
    all++;
    if (w.capital) capital++;
  }
  close();
  return out;
}

/** The rough stems of the words the article writes in lower case. */
function commonStems(words: readonly TextWord[]): Set<string> {
  const common = new Set<string>();
  for (const w of words) if (LOWER_WORD.test(w.text)) common.add(roughStem(w.key));
  return common;
}

function roughStem(key: string): string {
  return key.length >= 5 ? key.replace(STEM_ENDING, '') : key;
}

function nameLike(w: TextWord): boolean {
  // A capital first letter is a cased letter, so no further check for letters is needed.
  return w.capital && w.pos !== 'PUNCT' && !isCalendarWord(w.key) && !WEEKDAY_S.test(w.key) && !NOT_NAMES.has(w.key);
}

// Words before 'on'/'via' that make the name after it where something was said or posted, not a party.
const SAID_ON = new Set(['said', 'says', 'wrote', 'writes', 'posted', 'posts', 'announced', 'stated', 'post', 'statement', 'message', 'video', 'channel', 'account', 'page']);
const ON = new Set(['on', 'via']);

/** 'said on Telegram', 'in a post on X', 'a message via WhatsApp': the platform spoken on. */
function spokenOn(words: readonly TextWord[], at: number): boolean {
  const on = words[at - 1];
  const before = words[at - 2];
  return on !== undefined && before !== undefined && on.sentence === words[at].sentence && ON.has(on.key) && SAID_ON.has(before.key);
}

/** The words [start, end) as written, one space between them: 'Maaret Harmeh'. */
function textOf(words: readonly TextWord[], start: number, end: number): string {
  return words.slice(start, end).map((w) => w.text).join(' ');
}

/** A word that is a place the article names plus an 's': the place's possessive with its apostrophe lost. */
function lostPlacePossessive(w: TextWord, placeNames: ReadonlySet<string>): boolean {
  const lower = w.text.toLowerCase();
  return lower.length >= 5 && lower.endsWith('s') && placeNames.has(lower.slice(0, -1));
}

// A compass word that opens 'West of Tadmur', 'East of the Fourth Station': where, not who.
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** True when the name [start, end) is a lone compass word before 'of' ('West of Tadmur'): a direction from a place. */
function directionOf(words: readonly TextWord[], start: number, end: number): boolean {
  const next = words[end];
  return end - start === 1 && COMPASS.has(words[start].key) && next !== undefined && next.sentence === words[start].sentence && next.key === 'of';
}

/**
 * Runs of capitalised words the dictionary does not know ('Liwa al-Quds', 'Abu Ahmed al-Halabi'):
 * mentions with no actor, because an unresolved party is still a party. Places, months and
 * weekdays are not names here; a lone capitalised word that starts a sentence is not one either
 * unless wink-nlp tags it a proper noun.
 */
export function findUnknownNames(words: readonly TextWord[], covered: Uint8Array, places: readonly PlaceMention[], agents: AgentLexicon): FoundMention[] {
  // Offices and agent nouns in capitals ('Ministers', 'The Secretary said') are not names.
  const lexical = (at: number) => agents.index.matchesAt(words, at).some((m) => m.end === at + 1 && m.phrase.value.type !== 'adjective' && m.phrase.value.type !== 'region');
  const leadingLexical = (at: number) => {
    const m = agents.index.matchesAt(words, at)[0];
    return m ? m.end : at;
  };
  // A country adjective before a noun it modifies ('an eastern Syrian town', 'the Iraqi border'); not one said of a party ('jets believed to be Russian').
  const adjectiveOnly = (at: number) => words[at + 1]?.sentence === words[at].sentence && (words[at + 1].pos === 'NOUN' || words[at + 1].pos === 'ADJ')
    && agents.index.matchesAt(words, at).some((m) => m.end === at + 1 && (m.phrase.value.type === 'adjective' || m.phrase.value.type === 'region'));
  const inPlace = (w: TextWord) => places.some((p) => p.span.start < w.end && w.start < p.span.end);
  const placeNames = new Set(places.map((p) => p.text.toLowerCase()));
  const placeEnds = new Set(places.map((p) => p.span.end));
  // A title-case headline capitalises common words ('ISIS Behead or Shot 15 Captured Assyrian', 'Dozens Killed'):
  // a word the article also writes in lower case is such a word, not the edge of a name.
  // Compared by a rough stem, so 'Urges' in the headline is the body's 'urged'.
  // Only in a sentence most of whose words are capitalised: elsewhere 'the Islamic Movement' and 'the movement' are one party.
  const titleCase = titleCaseSentences(words);
  // Needed only where a headline is: most articles have one, the stems of a whole article are built once.
  const common = titleCase.size ? commonStems(words) : NO_STEMS;
  const out: FoundMention[] = [];
  // Names a locative word made places ('the town of Boukamal', 'in Maaret Harmeh'): the same name elsewhere is that place too.
  const placeLike = new Set<string>();
  let i = 0;
  while (i < words.length) {
    if (covered[i] || !nameLike(words[i]) || inPlace(words[i]) || lexical(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      let j = end;
      while (j < words.length && CONNECTORS.has(words[j].key) && !words[j].capital && j - end < 2) j++;
      if (j < words.length && words[j].sentence === words[i].sentence && !covered[j] && nameLike(words[j]) && !inPlace(words[j])) end = j + 1;
      else break;
    }
    let start = i;
    // A sentence-initial common word before a name: 'Yesterday Abu Ahmed …'.
    if (words[start].first && words[start].pos !== 'PROPN' && end - start > 1) start++;
    // Country adjectives and offices before a name are not part of it ('Syrian Deputy Minister
    // Karim X', 'Commanders of Liwa Y'): extendTitles takes them back in where they qualify it.
    for (let lead = leadingLexical(start); lead > start && lead < end; lead = leadingLexical(start)) {
      start = lead;
      while (start < end && CONNECTORS.has(words[start].key)) start++;
    }
    const runEnd = end;
    const commonWord = (w: TextWord) => (titleCase.has(w.sentence) && (common.has(roughStem(w.key)) || HEADLINE_WORDS.has(w.key))) || (!w.capital && CONNECTORS.has(w.key)) || CREDIT_WORDS.has(w.key);
    // 'Syrian Coalition Urges Intl Community': in a headline a word in -s right after a known party is its verb.
    const headlineVerb = (at: number) => titleCase.has(words[at].sentence) && at > 0 && covered[at - 1] !== 0 && /[^s]s$/.test(words[at].key);
    while (start < end && (commonWord(words[start]) || headlineVerb(start))) start++;
    while (end > start && commonWord(words[end - 1])) end--;
    if (start >= end) {
      i = runEnd;
      continue;
    }
    const single = end - start === 1;
    const w = words[start];
    // 'Dozens of Casualties', 'Death Toll Rises': a headline's count of the dead, not a name.
    if (words.slice(start, end).some((x) => CASUALTY_NOUNS.has(x.key))) {
      i = runEnd;
      continue;
    }
    // 'in the city of Aleppo', 'the villages of A, B and C': names the places layer missed are still places; 'said on Telegram', a platform.
    if (locativeBefore(words, start, true) || inPlaceList(words, start) || spokenOn(words, start)) {
      if (!spokenOn(words, start)) placeLike.add(textOf(words, start, end).toLowerCase());
      i = runEnd;
      continue;
    }
    // 'Mahin-al-Qaryateen': a name hyphened to a place is the rest of that place's name.
    if (hyphenedToPlace(words, start, placeEnds)) {
      i = runEnd;
      continue;
    }
    // 'Syrias northwestern province', 'Aleppos eastern districts': a place the article names, its apostrophe lost.
    // 'Syrias Idlib': the place's possessive before another place's name is one place too.
    // A name the places layer read as a place elsewhere in the article is that place here too.
    if (((single || end - start === 2) && lostPlacePossessive(w, placeNames)) || placeNames.has(textOf(words, start, end).toLowerCase())) {
      i = runEnd;
      continue;
    }
    // 'West of Tadmur' is a direction. A country adjective before a noun the scan did not take for a party ('an eastern Syrian town',
    // 'the Iraqi border') is no unknown name either.
    if (directionOf(words, start, end) || (single && adjectiveOnly(start))) {
      i = runEnd;
      continue;
    }
    if (!single || (w.pos === 'PROPN' && !w.first && !w.upper && !NOT_NAMES_ALONE.has(w.key))) {
      out.push(foundMention(start, armedNounEnd(words, end, { agents }), undefined, single ? 0.3 : 0.4, 'unknown', words[end - 1].key));
    }
    i = runEnd;
  }
  // 'the strike of Boukamal', 'the Boukamal strike' after 'the town of Boukamal': a name the article places is no party.
  return placeLike.size ? out.filter((m) => !placeLike.has(textOf(words, m.start, m.end).toLowerCase())) : out;
}
