import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import type { PlaceContext } from './place-governor.js';

// What a protest is against happened somewhere else: 'protested against the air offensive in Gaza', 'demonstrated
// against plans to build a reactor in Normandy'. The crowd was where the march went, not where the offensive was.

/** Prepositions that set the crowd somewhere inside its 'against' phrase: 'against the war outside the embassy', 'in front of'. */
const VENUE = new Set(['at', 'outside', 'inside', 'near', 'around', 'front', 'across', 'throughout', 'before']);
/** How many words a protest's 'against' phrase may hold before the place. */
const REACH = 14;

/**
 * True when the place lies in the phrase after the protest's 'against', with no verb, comma or clause mark between
 * 'against' and it, nor a preposition that sets the crowd somewhere ('outside the embassy', 'at a park'): the place of
 * the thing protested against.
 * Example: true for the 'Gaza' of 'Some 300 people protested against the air offensive in Gaza on Tuesday'.
 */
export function inProtestedAct(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (p.span.start < trigger.end) return false;
  const { tokens } = context;
  const to = firstTokenFrom(tokens, p.span.start);
  const from = firstTokenFrom(tokens, trigger.end);
  let against = -1;
  for (let i = to - 1; i >= from && to - i <= REACH; i--) {
    const t = tokens[i];
    if (t.lower === 'against') { against = i; break; }
    // 'against the war outside the embassy in London': the phrase has gone on to where the crowd stood.
    if (VENUE.has(t.lower)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';' || t.text === '(') return false;
  }
  if (against < 0) return false;
  // The 'against' must be the protest's own: only the trigger's words stand before it ('protested against', 'a rally against').
  for (let i = from; i < against; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].text === ',') return false;
  return true;
}
