import type { PlaceMention } from '../../model/place.js';
import type { Token, Sentence } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';
import { enclosingParenthesis } from './enclosing-parenthesis.js';
import { firstTokenFrom } from '../token-index.js';

/** Prepositions that put an event somewhere ("in Aleppo", "near Dabiq"); "to Moscow" and "on Syria" do not. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'within', 'into', 'over']);
/** Nouns that hold a place: "the city of Aleppo", "the villages of Mardes and Maharada", "Aleppo province". */
const CONTAINERS = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'governorate', 'district', 'districts',
  'region', 'regions', 'outskirts', 'countryside', 'suburb', 'suburbs', 'area', 'areas', 'capital', 'neighbourhood', 'neighbourhoods',
  'neighborhood', 'neighborhoods', 'state', 'county', 'localities', 'locality', 'camp', 'part', 'parts', 'municipality', 'commune', 'border', 'heart', 'centre', 'center']);
/** Directions before a place: "in north Iraq", "in southern Lebanon". */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'rural']);
const WALK_BACK_LIMIT = 10;
const ON_THE_GROUND = new Set<PloverType>(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT', 'AID']);

/** What the document offers to choose a place from. */
export interface PlaceContext {
  places: readonly PlaceMention[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
}

/** Which place mentions a locative preposition governs, computed once per document (many events ask). */
const governed = new WeakMap<PlaceContext, Set<PlaceMention>>();

function isGoverned(p: PlaceMention, context: PlaceContext): boolean {
  let set = governed.get(context);
  if (!set) {
    set = new Set(context.places.filter((q) => usable(q) && LOCATIVE.has(governedBy(q, context).word)));
    governed.set(context, set);
  }
  return set.has(p);
}

/**
 * A place that is the direct object of the event's own verb: "attacked Damboa town", "shelled
 * Aleppo", "captured Zaire". The attacked place is where the attack happened.
 */
function objectOfTrigger(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (!usable(p)) return false;
  const { token } = governedBy(p, context);
  const t = context.tokens[token];
  return t !== undefined && t.pos === 'VERB' && t.start >= trigger.start && t.end <= trigger.end;
}

function usable(p: PlaceMention): boolean {
  return Boolean(p.place) && !p.metonymic;
}

/**
 * The preposition that governs a place mention, found by walking back over what may stand between
 * them: determiners, adjectives, other names ("in the West Bank city of Nablus", "in Syria's Idlib
 * province"), container nouns with their "of", and coordinated names ("in Mardes and Maharada").
 * Returns '' when something else (a verb, "to", "by") comes first.
 */
function governedBy(p: PlaceMention, context: PlaceContext): { word: string; token: number } {
  const { tokens } = context;
  let i = firstTokenFrom(tokens, p.span.start) - 1;
  for (let steps = 0; i >= 0 && steps < WALK_BACK_LIMIT; i--, steps++) {
    const t = tokens[i];
    if (t.pos === 'ADP' || t.lower === 'in') {
      if (t.lower === 'of' && CONTAINERS.has(tokens[i - 1]?.lower ?? '')) continue;
      return { word: t.lower, token: i };
    }
    const skippable = t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PART'
      || (t.pos === 'NOUN' && (CONTAINERS.has(t.lower) || /^[A-Z]/.test(t.text))) || DIRECTIONS.has(t.lower)
      || t.text === "'s" || t.text === '’s' || t.text === ',' && tokens[i - 1]?.pos === 'PROPN'
      || (t.pos === 'CCONJ' && tokens[i - 1]?.pos === 'PROPN');
    if (!skippable) return { word: '', token: i };
  }
  return { word: '', token: -1 };
}


function toEventPlace(p: PlaceMention): EventPlace {
  return { text: p.text, evidence: p.span, place: p.place! };
}

/** True when the span sits inside a parenthesis that does not also hold `other` ("(banned in Russia)"). */
function inParenthesisWithout(span: Span, other: Span, text: string): boolean {
  const aside = enclosingParenthesis(text, span);
  return aside !== undefined && !(other.start > aside.open && other.end <= aside.close);
}

/**
 * The place an event's own words give it: a place its clause puts it in ("in Aleppo", "the city of
 * Aleppo"; "to Moscow", "on Syria" and a country that is a party do not count; nor does a place in
 * an aside in brackets), the most precise first. Events on the ground may also take a place their
 * sentence puts something in. Talks, statements and requests get no place their clause does not state.
 */
export function ownPlace(type: PloverType, clause: Span, trigger: Span, sentence: number, context: PlaceContext): EventPlace | undefined {
  const located = (p: PlaceMention) => (isGoverned(p, context) || ON_THE_GROUND.has(type) && objectOfTrigger(p, trigger, context))
    && !inParenthesisWithout(p.span, trigger, context.text);
  const inClause = heads(context.places.filter((p) => spanContains(clause, p.span) && located(p)), context.text);
  if (inClause.length) return toEventPlace(mostPrecise(inClause));
  if (!ON_THE_GROUND.has(type)) return undefined;
  const inSentence = heads(context.places.filter((p) => spanContains(context.sentences[sentence], p.span) && located(p)), context.text);
  return inSentence.length ? toEventPlace(mostPrecise(inSentence)) : undefined;
}

/**
 * The place of an event on the ground whose own words give none: the last place an earlier
 * sentence of the same paragraph puts something in, else the country the article most often puts
 * things in. Used after same-event reports are merged.
 */
export function inheritedPlace(type: PloverType, sentence: number, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  const located = (p: PlaceMention) => isGoverned(p, context);
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

/** Between a place that only qualifies the next one and that one: "Yala's Betong district", "the West Bank city of Nablus". */
const MODIFIES_NEXT = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|district|province|region|governorate|neighbourhood|neighborhood|area|camp|suburb)?\s*(?:of\s+)?$/i;

/** Words that join two places as equals: "in Aleppo and Quneitra" names two places, neither qualifies the other. */
const JOINS = /\b(?:and|or|nor|but)\b/i;

/** The places that are not mere qualifiers of a following place in the same phrase. */
function heads(places: PlaceMention[], text: string): PlaceMention[] {
  return places.filter((p) => !places.some((q) => {
    if (q.span.start <= p.span.end || q.span.start - p.span.end >= 30) return false;
    const between = text.slice(p.span.end, q.span.start);
    return MODIFIES_NEXT.test(between) && !JOINS.test(between);
  }));
}

const RANK = { locality: 0, district: 1, province: 2, country: 3, region: 4 } as const;

function mostPrecise(places: PlaceMention[]): PlaceMention {
  return [...places].sort((a, b) => RANK[a.place!.precision] - RANK[b.place!.precision] || a.span.start - b.span.start)[0];
}
