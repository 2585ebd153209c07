import type { PlaceMention } from '../../model/place.js';
import { CONTAINERS, DIRECTIONS } from './place-governor.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { PRECISION_RANK } from '../../model/place.js';

// An event told in several places ('in Aleppo and Homs', 'the towns of A, B and C', 'from A to B') keeps them all:
// the first stays its place, the rest are its further places.

/**
 * What may open the next item of a list of places: the preposition repeated, a determiner with one adjective
 * ('and the restive Anbar province'), a direction ('and eastern Khost'), a site word with its 'of' ('and the villages
 * of', 'in the Black Sea city of'), and an Arabic article glued to a name the gazetteer knows without it ('al-Mayadeen').
 */
const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const ITEM_OPENING = `(?:(?:in|at|near|on)\\s+)?(?:(?:the|an?)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives(CONTAINERS)})\\s+of\\s+(?:the\\s+)?|[\\p{Ll}-]+\\s+)?)?`
  + `(?:(?:${alternatives(DIRECTIONS)})\\s+)?(?:[a-z]{2}-)?[‘'’]?`;
/** A count or aside after a listed name: 'Nubl (twice), Zahraa (three times) and Hayyan'. */
const ITEM_ASIDE = '(?:\\s*\\([^()]{1,30}\\))?';
/** Arabic articles that join the words of a name: 'Harasta al-Qantra', 'Deir ez-Zor'. */
const ARTICLES = 'al|el|ad|ar|as|ash|at|az|ez|an|adh';

/** The joins, made once on first use from the site words of data/lexicons/place-cues.tsv. */
let joins: { conjoined: RegExp; comma: RegExp; gapped: RegExp } | undefined;
function joinPatterns(): { conjoined: RegExp; comma: RegExp; gapped: RegExp } {
  if (joins) return joins;
  // An item may be a site in the place: 'the localities of A and B and a thermal power plant in the town of C'.
  const siteIn = `(?:(?:an?|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternatives(placeCues().sites.keys())})\\s+(?:in|at|near)\\s+)?`;
  // The end of an item the gazetteer matched only in part: its site word ('the Rasha hilltop, A and B', 'in Damascus
  // province, six in Hama') or the rest of its name after an Arabic article ('Harasta al-Qantra, A and B').
  const closing = `(?:\\s+(?:${alternatives(new Set([...placeCues().sites.keys(), ...CONTAINERS]))})(?![\\p{L}-]))?(?:\\s+(?:${ARTICLES})-\\p{Lu}[\\p{L}'’]*)?`;
  const ASIDE = `${closing}${ITEM_ASIDE}`;
  joins = {
    // A conjunction between two places, with the next item's opening: 'and', ', and in', 'or at the', 'and the northern city of',
    // 'as well as', 'and nearby'.
    conjoined: new RegExp(`^${ASIDE}\\s*,?\\s*(?:and|or|&|as\\s+well\\s+as)\\s+(?:nearby\\s+)?${siteIn}${ITEM_OPENING}$`, 'iu'),
    // A bare comma, with the next item's opening: ', ', ', in '. Only a list that ends in 'and' or 'or' makes it a join.
    comma: new RegExp(`^${ASIDE}\\s*,\\s*${siteIn}${ITEM_OPENING}$`, 'iu'),
    gapped: new RegExp(`^${ASIDE}\\s*,?\\s*((?:and|or)\\s+)?${GAP_COUNT}\\s+(?:${GAP_WORD}){0,3}?(?:in|at|near)\\s+${ITEM_OPENING}$`, 'u'),
  };
  return joins;
}
/**
 * A gapped item, which repeats only its count or 'another' and lets the verb of the first stand for it: '6,000 marched in
 * A, 2,000 in B and 500 in C', 'shot a policeman in A, and another in B'. A word like 'was' or 'said' in the gap opens
 * a clause of its own ('and another was wounded in B'), which is another act.
 */
const GAP_COUNT = `(?:another|others?|\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)`;
const GAP_WORD = `(?!(?:was|were|is|are|be|been|has|have|had|said|says|told|reported)\\s)[\\p{Ll}-]+\\s+`;
/**
 * Items the gazetteer lacks, skipped to reach the next place it knows: ', the Qarmuz Sea' in 'the Red Sea, the Qarmuz Sea
 * and the Persian Gulf'. Only capitalised words, each item ended by a comma or the conjunction, so a clause between
 * two places (', Reuters said, and') is no item.
 */
const UNKNOWN_ITEMS = /^(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=\s*,|\s+(?:and|or)\s))+/u;
/** 'from A to B': the second end of a route. */
const ROUTE_END = /^\s+(?:to|into|towards?)\s+(?:the\s+)?$/i;
const ROUTE_START = /\bfrom\s+(?:the\s+)?$/i;
/**
 * 'in Kandahar, Kunduz and other cities', 'in Aleppo, Homs and elsewhere': the conjunction joins the list to more
 * places it does not name, so the names before it are a list all the same.
 */
const CLOSED_BY_OTHERS = /^\s*,?\s*(?:and|or)\s+(?:(?:several|many|some|a\s+few|two|three|four|five|\p{Ll}+ing)\s+)?(?:other|elsewhere\b)/u;


/** 'container': a comma before a coarser place of the same country, an equal only inside a longer list. */
type Join = 'and' | 'comma' | 'container' | undefined;

/**
 * How two places follow each other: as equals joined by a conjunction (or a route's ends), by a comma, or not.
 * After a comma, a coarser place of the same country is as a rule the first one's container ('Peshawar,
 * Pakistan', 'Laredo, Texas').
 */
function joinOf(a: PlaceMention, b: PlaceMention, text: string): Join {
  if (b.span.start <= a.span.end) return undefined;
  const between = text.slice(a.span.end, b.span.start).replace(UNKNOWN_ITEMS, '');
  const { conjoined, comma, gapped } = joinPatterns();
  if (conjoined.test(between)) return 'and';
  const gap = gapped.exec(between);
  if (gap) return gap[1] ? 'and' : 'comma';
  if (ROUTE_END.test(between) && ROUTE_START.test(text.slice(Math.max(0, a.span.start - 10), a.span.start))) return 'and';
  if (!comma.test(between)) return undefined;
  return a.place && b.place && PRECISION_RANK[b.place.precision] > PRECISION_RANK[a.place.precision] && (b.place.country === a.place.country || b.place.country === undefined) ? 'container' : 'comma';
}

/**
 * The places of `pool` named as equals of `chosen`, in text order and without it: the list it stands in,
 * joined by commas that end in 'and' or 'or' ('in Kandahar, Helmand and Kunduz'), or the other end of 'from A to B'.
 * Example: coordinatedPlaces([Aleppo, Homs], Aleppo, 'killed in Aleppo and Homs') → [Homs]
 */
export function coordinatedPlaces(pool: readonly PlaceMention[], chosen: PlaceMention, text: string): PlaceMention[] {
  const sorted = [...pool].sort((a, b) => a.span.start - b.span.start);
  const at = sorted.indexOf(chosen);
  if (at < 0) return [];
  let first = at;
  while (first > 0 && (joinOf(sorted[first - 1], sorted[first], text) ?? 'container') !== 'container') first--;
  let last = at;
  const joins: Join[] = [];
  const containers = new Set<PlaceMention>();
  for (let i = first; i + 1 < sorted.length; i++) {
    let join = joinOf(sorted[i], sorted[i + 1], text);
    // A coarser place after a comma is one more item when the list goes on in the same country: 'in Kandahar, Helmand
    // and Kunduz'; in 'in Peshawar, Pakistan and Kabul' the next is abroad, and Pakistan holds Peshawar.
    // Else the container only says where the place before it lies: the list may go on after it ('in Laredo, Texas, and in Tijuana').
    if (join === 'container') {
      const after = sorted[i + 2];
      const equal = after && joinOf(sorted[i + 1], after, text) === 'and' && after.place?.country === sorted[i + 1].place?.country;
      if (!equal) containers.add(sorted[i + 1]);
      join = 'comma';
    }
    if (join === undefined) break;
    joins.push(join);
  }
  // A list is as long as its last conjunction: 'in Vienna, Austria, in 1999' and 'Izmir, Turkey's third city' join nothing.
  let end = joins.lastIndexOf('and');
  const tail = first + joins.length;
  if (end < joins.length - 1 && joins.length > 0 && CLOSED_BY_OTHERS.test(text.slice(sorted[tail].span.end, sorted[tail].span.end + 40))) end = joins.length - 1;
  if (end < 0) return [];
  last = first + end + 1;
  if (at > last) return [];
  // A place named twice is one place; two villages the gazetteer lacks, located by one town, are two ('the localities of A and B').
  const key = (p: PlaceMention) => `${p.place?.id}|${p.text.toLowerCase()}`;
  const seen = new Set([key(chosen)]);
  const others: PlaceMention[] = [];
  for (let i = first; i <= last; i++) {
    const id = key(sorted[i]);
    if (i === at || seen.has(id) || containers.has(sorted[i])) continue;
    seen.add(id);
    others.push(sorted[i]);
  }
  return others;
}
