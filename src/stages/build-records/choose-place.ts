import type { PlaceMention } from '../../model/place.js';
import type { Token, Sentence } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';

/** Prepositions that put an event somewhere ("in Aleppo", "near Dabiq"); "to Moscow" and "on Syria" do not. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into', 'over']);
/** Words between a preposition and the place: "in the city of Aleppo", "in northern Aleppo province". */
const MODIFIERS = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'rural', 'besieged', 'war-torn', 'embattled', 'neighbouring', 'neighboring']);
const CONTAINERS = new Set(['city', 'town', 'village', 'province', 'governorate', 'district', 'region', 'outskirts', 'countryside', 'suburbs', 'area', 'capital', 'neighbourhood', 'neighborhood', 'state', 'county']);
/** Violence and street events happen on the ground: their place may come from the surrounding sentences. */
const ON_THE_GROUND = new Set<PloverType>(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT', 'AID']);

/** What the document offers to choose a place from. */
export interface PlaceContext {
  places: readonly PlaceMention[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
}

function usable(p: PlaceMention): boolean {
  return Boolean(p.place) && !p.metonymic;
}

/** The word that governs a place mention, past "the", "city of", "northern" and the like. */
function governedBy(p: PlaceMention, context: PlaceContext): string {
  const before = context.text.slice(Math.max(0, p.span.start - 60), p.span.start).toLowerCase().replace(/’/g, "'");
  const words = before.split(/[^a-z'-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    // "in Syria's Idlib province": a possessive place before the place is a modifier too.
    if (MODIFIERS.has(word) || CONTAINERS.has(word) || word.endsWith("'s")) continue;
    if (word === 'of' && CONTAINERS.has(words[i - 1] ?? '')) continue;
    return word;
  }
  return '';
}

function toEventPlace(p: PlaceMention): EventPlace {
  return { text: p.text, evidence: p.span, place: p.place! };
}

/** True when the span sits inside a parenthesis that does not also hold `other` ("(banned in Russia)"). */
function inParenthesisWithout(span: Span, other: Span, text: string): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < 0) return false;
  const close = text.indexOf(')', open);
  if (close < span.end || text.lastIndexOf(')', span.start) > open) return false;
  return !(other.start > open && other.end <= close);
}

/**
 * The place an event's own words give it: a place its clause puts it in ("in Aleppo", "the city of
 * Aleppo"; "to Moscow", "on Syria" and a country that is a party do not count; nor does a place in
 * an aside in brackets), the most precise first. Events on the ground may also take a place their
 * sentence puts something in. Talks, statements and requests get no place their clause does not state.
 */
export function ownPlace(type: PloverType, clause: Span, trigger: Span, sentence: number, context: PlaceContext): EventPlace | undefined {
  const located = (p: PlaceMention) => usable(p) && LOCATIVE.has(governedBy(p, context)) && !inParenthesisWithout(p.span, trigger, context.text);
  const inClause = context.places.filter((p) => spanContains(clause, p.span) && located(p));
  if (inClause.length) return toEventPlace(mostPrecise(inClause));
  if (!ON_THE_GROUND.has(type)) return undefined;
  const inSentence = context.places.filter((p) => spanContains(context.sentences[sentence], p.span) && located(p));
  return inSentence.length ? toEventPlace(mostPrecise(inSentence)) : undefined;
}

/**
 * The place of an event on the ground whose own words give none: the last place an earlier
 * sentence of the same paragraph puts something in, else the country the article most often puts
 * things in. Used after same-event reports are merged.
 */
export function inheritedPlace(type: PloverType, sentence: number, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  const located = (p: PlaceMention) => usable(p) && LOCATIVE.has(governedBy(p, context));
  for (let s = sentence - 1; s >= 0 && sentence - s <= 4; s--) {
    if (/\n\s*\n/.test(context.text.slice(context.sentences[s].end, context.sentences[s + 1].start))) break;
    const earlier = context.places.filter((p) => spanContains(context.sentences[s], p.span) && located(p));
    if (earlier.length) return toEventPlace(earlier[earlier.length - 1]);
  }
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of context.places) {
    if (!located(p) || !p.place?.country) continue;
    const entry = counts.get(p.place.country) ?? { n: 0, first: p };
    entry.n++;
    counts.set(p.place.country, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!top || top.n < 2) return undefined;
  const country = context.places.find((p) => located(p) && p.place?.precision === 'country' && p.place.country === top.first.place!.country);
  return country ? toEventPlace(country) : undefined;
}

const RANK = { locality: 0, district: 1, province: 2, country: 3, region: 4 } as const;

function mostPrecise(places: PlaceMention[]): PlaceMention {
  return [...places].sort((a, b) => RANK[a.place!.precision] - RANK[b.place!.precision] || a.span.start - b.span.start)[0];
}
