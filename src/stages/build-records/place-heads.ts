import type { PlaceMention } from '../../model/place.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { PRECISION_RANK } from '../../model/place.js';

// Which of the places of one phrase names where the event was: the head, not the places that only qualify it.

/**
 * Between a place that only qualifies the next one and that one: "Yala's Betong district", "the West
 * Bank city of Nablus", "Aleppo's district of al-Salhine". A bare space is not enough: "Homs Syria" and
 * "Deir Ezzor Aleppo" are lists that lost their commas.
 */
const MODIFIES_NEXT = /^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:(?:city|town|village|district|province|region|governorate|neighbourhood|neighborhood|area|camp|suburb|capital|borough|township|quarter)\s*)?(?:of\s+)?|\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|district|province|region|governorate|neighbourhood|neighborhood|area|camp|suburb|capital|borough|township|quarter)\s*(?:of\s+|,\s*)?)(?:[a-z]{2}-)?$/i;
// ', ' after the site word: the name in apposition to it, 'a nearby Brooklyn neighborhood, Canarsie'; 'al-' glued to the next name: 'Baghdad's northern al-Husseiniya district'.

/** Words that join two places as equals: "in Aleppo and Quneitra" names two places, neither qualifies the other. */
const JOINS = /\b(?:and|or|nor|but)\b/i;

/**
 * The places that are not mere qualifiers of a following place in the same phrase. A place only
 * qualifies one at least as precise: in "the Mohammad Agha district of Logar province" and "Sopore
 * town in Baramulla district" the first place is the head and the second its container.
 */
export function heads(places: PlaceMention[], text: string): PlaceMention[] {
  // A name a site word made a place says what it is ('Wadi Zeitoun district of Aleppo'): it qualifies nothing.
  return places.filter((p) => !wholeOfNamedPart(p, places, text) && ('within' in p || !places.some((q) => {
    if (q.span.start <= p.span.end || q.span.start - p.span.end >= 45) return false;
    const between = text.slice(p.span.end, q.span.start);
    if (PRECISION_RANK[q.place!.precision] > PRECISION_RANK[p.place!.precision] && !possessivePart(between, q)) return false;
    return MODIFIES_NEXT.test(between) && !JOINS.test(between) && (!partOf(between) || liesIn(q, p) || smaller(q, p));
  })));
}

/** Between a named part and its whole, over a direction: ' region of rural ', ' district of southern ', ' valley of the northern '. */
const PART_OF_REGION = /^\s+([\p{L}]+)\s+of\s+(?:the\s+)?(?:rural|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern)\s+$/u;

/**
 * True when an earlier place of the list is named as a part of this one over a direction ('the Qalamoun region of
 * rural Damascus', 'the Vedeno district of southern Chechnya'): the part is where, the whole only says whose part.
 * The gazetteer may rank a region coarser than the province it lies in, so rank cannot tell them apart.
 */
function wholeOfNamedPart(q: PlaceMention, places: readonly PlaceMention[], text: string): boolean {
  return places.some((p) => {
    if (p.span.end >= q.span.start || q.span.start - p.span.end >= 40) return false;
    const m = PART_OF_REGION.exec(text.slice(p.span.end, q.span.start));
    return m !== null && placeCues().sets.part.has(m[1].toLowerCase());
  });
}

/**
 * 'Baghdad's mainly Sunni neighbourhood of Adhamiyah': after a possessive, a part word makes the next name a part
 * of the first, whatever rank the gazetteer gives it (a city's district may resolve to a district of the country).
 */
function possessivePart(between: string, q: PlaceMention): boolean {
  return /^['’]s\s/.test(between) && PRECISION_RANK[q.place!.precision] <= PRECISION_RANK.district
    && between.toLowerCase().split(/\s+/).some((w) => placeCues().sets.part.has(w));
}

/**
 * True when q is a smaller place of the same rank than p, by the people who live there: in 'the Los Angeles
 * suburb of Rosemead' the suburb is the part, where in 'the Karrada neighbourhood of Baghdad' the city is the whole.
 */
function smaller(q: PlaceMention, p: PlaceMention): boolean {
  const a = q.place!, b = p.place!;
  return PRECISION_RANK[a.precision] === PRECISION_RANK[b.precision] && a.population !== undefined && b.population !== undefined && a.population < b.population;
}

/**
 * True when p is a town and q a name a site word made a place inside it: in 'the Kirkuk suburb of Rashidiya Jadida'
 * the suburb is the part and Kirkuk only says whose, where 'the Karrada neighbourhood of Baghdad' names the part
 * first and in 'the Sayid Karam district of Paktya' the district p is the part of the province the gazetteer lacks.
 */
function liesIn(q: PlaceMention, p: PlaceMention): boolean {
  const within = (q as { within?: { id: string } }).within;
  return within !== undefined && within.id === p.place!.id && p.place!.precision === 'locality';
}

/**
 * True when the words between two places make the first a part of the second: 'the Shaab neighbourhood
 * of Baghdad', 'the Giro district of Ghazni'. The part is the head; 'the West Bank city of Nablus' and
 * 'Aleppo's district of al-Salhine' still qualify what follows.
 */
function partOf(between: string): boolean {
  const words = between.trim().toLowerCase().split(/\s+/);
  return words.length === 2 && words[1] === 'of' && placeCues().sets.part.has(words[0]);
}


export function mostPrecise(places: PlaceMention[]): PlaceMention {
  return [...places].sort((a, b) => PRECISION_RANK[a.place!.precision] - PRECISION_RANK[b.place!.precision] || a.span.start - b.span.start)[0];
}
