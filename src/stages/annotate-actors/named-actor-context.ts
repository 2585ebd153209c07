import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { ActorEntry } from '../../lexicons/actor-entry.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const DIRECTION = /^(northern|southern|eastern|western|central|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|war-torn|neighbouring|neighboring|downtown)$/;

// A country or capital after these words is where something happens, not who acts: 'in Moscow'.
const LOCATIVE = new Set(['in', 'to', 'near', 'from', 'at', 'into', 'across', 'throughout', 'inside', 'outside', 'within', 'toward', 'towards', 'around', 'over', 'via', 'through', 'visited', 'visiting', 'visit', 'arrived', 'entered', 'reach', 'reached']);
// '… the city of Aleppo', 'the outskirts of Damascus'.
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'capital', 'province', 'provinces', 'outskirts', 'part', 'parts', 'areas', 'area', 'north', 'south', 'east', 'west', 'centre', 'center', 'streets', 'region', 'countryside', 'suburbs', 'territory', 'border', 'skies', 'airspace',
  'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'direction', 'vicinity', 'edge', 'heart']);

const ARABIC_ARTICLES = new Set(['al', 'el']);

// For countries and unknown names, 'to' and 'from' say too little: 'aid to Lebanon', 'spoke to Abu
// Ahmed', 'an offer from Iran' name parties; for a capital they are mostly travel ('flew to Moscow').
const PLAINLY_LOCATIVE = new Set(['in', 'near', 'at', 'into', 'across', 'throughout', 'inside', 'outside', 'within', 'toward', 'towards', 'around', 'over', 'via', 'through']);

// Besides AT_PLACE_NOUNS, a capital (not a state) before these only says where they are: 'rival Tripoli factions',
// 'Kabul police', 'Damascus university'.
const LOCAL_NOUNS = new Set(['factions', 'faction', 'militias', 'militia', 'resident', 'port', 'hospitals', 'families', 'shopkeepers', 'police', 'university', 'prison', 'mosque', 'market']);

// Nouns a state's or a capital's name qualifies as the place where they are: 'a Damascus car bomb', 'the Kabul suburbs'.
const AT_PLACE_NOUNS = new Set(['car', 'bomb', 'bombs', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'massacre', 'suburb', 'suburbs',
  'countryside', 'outskirts', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'district', 'districts', 'airport', 'hospital', 'residents', 'streets',
  // Fighting that has no one author ('Syria fighting kills 30', 'the Libya clashes'): the name says where. Not 'strike' or
  // 'attack', whose author the name before them often is ('a Russia strike').
  'fighting', 'clashes', 'violence', 'war', 'conflict', 'unrest', 'crisis',
  // Armed men the name only locates ('Iraq militants shelled'): the state is not among them.
  'terrorists', 'terrorist', 'militants', 'militant', 'jihadists', 'gunmen']);

/** True when the word after a name makes it where something is: 'a Damascus car bomb', 'the Kabul suburbs', 'the Syrian border'. */
export function placeNounAfter(words: readonly TextWord[], end: number): boolean {
  const next = words[end];
  return next !== undefined && next.sentence === words[end - 1].sentence && (AT_PLACE_NOUNS.has(next.key) || PLACE_HEADS.has(next.key));
}

/**
 * True when the words before position `at` make the name a location ('in Moscow', 'the city of
 * Damascus'); `strict` keeps to the prepositions that name nothing but places.
 */
export function locativeBefore(words: readonly TextWord[], at: number, strict = false): boolean {
  // 'in al-Hessan', 'near el-Arish': the Arabic article belongs to the name, so look before it.
  if (ARABIC_ARTICLES.has(words[at - 1]?.key ?? '') && !words[at - 1].capital && at > 1) at--;
  const prev = words[at - 1];
  if (!prev || prev.sentence !== words[at].sentence) return false;
  if ((strict ? PLAINLY_LOCATIVE : LOCATIVE).has(prev.key)) return true;
  // 'in the Belarusian capital Minsk', "Syria's capital Damascus": the city named after the word 'capital'.
  if (prev.key === 'capital') return true;
  const before = words[at - 2];
  if (prev.key === 'of' && before && PLACE_NOUNS.has(before.key)) return true;
  // 'in northern Syria', 'in war-torn Syria', 'in both Syria and Iraq': one modifier between.
  if (before && LOCATIVE.has(before.key) && (DIRECTION.test(prev.key) || prev.key === 'both')) return true;
  // 'in north-eastern Syria': the words split the hyphened compass word in two.
  const third = words[at - 3];
  return Boolean(before && third && third.sentence === prev.sentence && LOCATIVE.has(third.key) && DIRECTION.test(before.key) && DIRECTION.test(prev.key));
}

/**
 * Whether a dictionary match names an actor here. States and capitals stand for governments
 * unless the text uses them as locations: the places layer's `metonymic` flag says yes outright;
 * otherwise a locative word before them says no. Other names a place mention covers exactly are
 * places that happen to share an alias (a CAMEO person named like a town).
 */
export function actsHere(entry: ActorEntry, words: readonly TextWord[], start: number, end: number, places: readonly PlaceMention[]): 'actor' | 'place' {
  const from = words[start].start;
  const to = words[end - 1].end;
  const place = places.find((p) => p.span.start < to && from < p.span.end);
  if (place?.metonymic) return 'actor';
  const stateLike = entry.kind === 'state' || entry.tags.includes('capital');
  if (stateLike && entry.kind !== 'state' && localNounAfter(words, end)) return 'place';
  if (stateLike) return locativeBefore(words, start, entry.kind === 'state') || placeNounAfter(words, end) || laterInPlaceList(words, start, end) ? 'place' : 'actor';
  if (place && place.span.start === from && place.span.end === to && end - start === 1 && entry.kind === 'person') return 'place';
  return 'actor';
}

// Capitalised words a place's name may have before the 'and' of a list ('in Saudi Arabia and Iraq').
const MAX_NAME_WORDS = 3;

/**
 * 'in both Syria and Iraq', 'across Lebanon and Syria': a state joined by 'and' to a name that a locative word
 * makes a place is a place too, unless a verb follows it and makes it the subject of a clause of its own
 * ('fighting in Syria and Russia said …').
 */
function laterInPlaceList(words: readonly TextWord[], start: number, end: number): boolean {
  const and = words[start - 1];
  if (!and || (and.key !== 'and' && and.key !== 'or') || and.sentence !== words[start].sentence) return false;
  const next = words[end];
  const verbAfter = next !== undefined && next.sentence === words[start].sentence && (next.pos === 'VERB' || next.pos === 'AUX');
  for (let first = start - 2; first >= 0 && start - 1 - first <= MAX_NAME_WORDS && words[first].capital && words[first].sentence === and.sentence; first--) {
    // 'in both Syria and Iraq reported Monday': 'both' binds the pair, whatever follows.
    if (locativeBefore(words, first, true)) return !verbAfter || words[first - 1]?.key === 'both';
  }
  return false;
}

function localNounAfter(words: readonly TextWord[], end: number): boolean {
  const next = words[end];
  return Boolean(next && next.sentence === words[end - 1].sentence && LOCAL_NOUNS.has(next.key));
}

// A state's name or adjective before these only locates: 'the Belarusian capital Minsk', 'the Syrian border' (scan-mentions reads
// country adjectives with them too).
export const PLACE_HEADS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'border', 'borders', 'coast', 'territory', 'soil', 'province', 'region', 'countryside', 'frontier', 'airspace', 'waters', 'mainland', 'interior']);
