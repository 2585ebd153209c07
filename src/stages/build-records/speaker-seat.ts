import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';
import type { PlaceContext } from './place-governor.js';

/**
 * Sources whose place in the phrase that names them is only where they sit: 'the rights office in
 * Geneva said', 'an army spokesman in Jammu said' report from there, not about there. Witnesses,
 * residents and unnamed officials or sources are left out: 'residents in Gao said', 'a local official in
 * Nasir county said' are mostly where what they tell of happened.
 */
const SEATED_KINDS = new Set(['organisation', 'official', 'government', 'military', 'monitor', 'outlet']);

/**
 * True when the place is inside the phrase naming a speaker who is not a witness.
 * Example: 'The UN office in Geneva said …', place 'Geneva' → true.
 */
export function atSpeakersSeat(p: PlaceMention, context: PlaceContext): boolean {
  return context.attributions?.some((a) => a.chain.some((s) => SEATED_KINDS.has(s.kind) && s.span.end - s.span.start > p.span.end - p.span.start
    && spanContains(s.span, p.span))) ?? false;
}

/**
 * True when the place lies in the words that say who tells the event (the cue and the sources it names), outside
 * what they tell: 'According to an army source in Homs, troops seized …', '…, a police source in Mosul said'.
 */
export function inSpeakersPhrase(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  return context.attributions?.some((a) => {
    if (!spanContains(a.content, trigger) || spanContains(a.content, p.span)) return false;
    let start = a.cue.start, end = a.cue.end;
    for (const s of a.chain) { start = Math.min(start, s.span.start); end = Math.max(end, s.span.end); }
    return p.span.start >= start && p.span.end <= end;
  }) ?? false;
}

/**
 * The places of what is told, when it names any: a source's place says where the source is, and yields to a place
 * the claim gives ('according to an army source in Homs, troops seized the farms near Tal Sour'). When the claim
 * names none, a local source is as a rule where what it tells happened ('a police source in Mosul said the bomb
 * killed five'), and its place stays.
 */
export function toldPlaces(places: PlaceMention[], trigger: Span, context: PlaceContext): PlaceMention[] {
  if (!context.attributions?.length) return places;
  const told = places.filter((p) => !inSpeakersPhrase(p, trigger, context));
  return told.length ? told : places;
}
