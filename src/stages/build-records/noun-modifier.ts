import type { PlaceMention } from '../../model/place.js';
import { firstTokenFrom } from '../token-index.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { CONTAINERS, DIRECTIONS, type PlaceContext } from './place-governor.js';
import { itemAt } from '../item-at.js';

// A country named as an adjective ('a U.S. base', 'the Iraq War') says whose the thing is: it places no event.

/**
 * A country or region that only qualifies the noun after it, as an adjective would: "a U.S. base at
 * Balad", "the 1967 Mideast war", "the US embassy". It says whose the thing is, not where the event
 * was; a town before a noun still names a place ("Shannon airport", "Aleppo university").
 */
export function nounModifier(p: PlaceMention, context: PlaceContext): boolean {
  if (p.place!.precision !== 'country' && p.place!.precision !== 'region') return false;
  const at = firstTokenFrom(context.tokens, p.span.end);
  const next = itemAt(context.tokens, at);
  // A country hyphened to a word says whose or who with: 'the U.S.-led coalition', 'a US-run prison', and to another
  // people's adjective, 'the U.S.-Iraqi bid', 'a US-Kurdish operation'.
  if (next?.text === '-' && next.start === p.span.end && /^(?:[a-z]+|\p{Lu}\p{Ll}+(?:i|ish|ian|ese))$/u.test(itemAt(context.tokens, at + 1)?.text ?? '')) return true;
  if (next === undefined || next.start - p.span.end > 1) return false;
  // 'over northern Iraq use the base': a direction before it makes the name a place, whatever noun the tagger reads after.
  if (DIRECTIONS.has(context.tokens[firstTokenFrom(context.tokens, p.span.start) - 1]?.lower ?? '')) return false;
  if (next.pos === 'NOUN' && /^[a-z]/.test(next.text) && !CONTAINERS.has(next.lower)) return true;
  // 'a U.S. military convoy', 'the U.S. special forces': an adjective and then the noun it qualifies.
  const after = context.tokens[at + 1];
  if (next.pos === 'ADJ' && /^[a-z]/.test(next.text) && after?.pos === 'NOUN' && /^[a-z]/.test(after.text) && !CONTAINERS.has(after.lower)) return true;
  // 'the U.S. Embassy', 'the US Department of State': the country's own institution; 'the 1967 Middle East War': its war.
  return /^\p{Lu}/u.test(next.text) && (placeCues().sets.organisation.has(next.lower) || WARS.has(next.lower));
}



/** Names of wars and campaigns that a region or country before them qualifies: 'the Middle East War', 'the Iraq War'. */
const WARS = new Set(['war', 'wars', 'conflict', 'crisis', 'campaign', 'revolution', 'uprising', 'intifada']);
