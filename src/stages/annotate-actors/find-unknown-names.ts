import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { locativeBefore } from './named-actor-context.js';
import { armedNounEnd } from './scan-mentions.js';

const CONNECTORS = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'de', 'la', 'van', 'von', 'der', 'of', 'for', 'and', "'s"]);
const CALENDAR = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '));
// Capitalised words that start sentences and headlines but name nobody.
const NOT_NAMES = new Set('the a an in on at of for to from by with and but or this that these those it he she we they i his her their its our after before during while however according because since as if when mr mrs ms dr'.split(' '));

// Alone, these name no party: a direction ('the Western-backed government') or the administrative
// head of a place name the places layer took the rest of ('Khorasan Province'). In a longer name they count.
const NOT_NAMES_ALONE = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'province', 'region', 'district', 'governorate', 'county', 'municipality']);

function nameLike(w: TextWord): boolean {
  // A capital first letter is a cased letter, so no further check for letters is needed.
  return w.capital && w.pos !== 'PUNCT' && !CALENDAR.has(w.key) && !NOT_NAMES.has(w.key);
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
  const inPlace = (w: TextWord) => places.some((p) => p.span.start < w.end && w.start < p.span.end);
  const out: FoundMention[] = [];
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
    if (start >= end) {
      i = end;
      continue;
    }
    const single = end - start === 1;
    const w = words[start];
    // 'in the city of Aleppo': a name the places layer missed is still a place.
    if (locativeBefore(words, start, true)) {
      i = end;
      continue;
    }
    if (!single || (w.pos === 'PROPN' && !w.first && !w.upper && !NOT_NAMES_ALONE.has(w.key))) {
      out.push({ start, end: armedNounEnd(words, end, { agents }), confidence: single ? 0.3 : 0.4, source: 'unknown', head: words[end - 1].key });
    }
    i = end;
  }
  return out;
}
