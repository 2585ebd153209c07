import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import type { PlaceContext } from './place-governor.js';
import { firstTokenFrom } from '../token-index.js';

// After a noun or a verb, 'there' points back at a place ('strikes there', 'killed there'); opening a clause
// ('there were clashes') it only says something exists.
const POINTING_AFTER = /^(NOUN|PROPN|VERB)$/;

/**
 * The place 'there' stands for in the clause of an act with no place of its own ('Idlib province is part of a
 * zone agreed in Astana, but air strikes there have continued'): the place the sentence opens with as its topic,
 * before any verb, or null when the sentence opens with none (an earlier sentence's place is meant). Undefined
 * when the clause has no such 'there': the sentence's other places may then be the act's.
 */
export function thereReferent(clause: Span, sentence: Span, candidates: readonly PlaceMention[], usable: (p: PlaceMention) => boolean, context: PlaceContext): PlaceMention | null | undefined {
  const { tokens } = context;
  let pointing = false;
  for (let i = firstTokenFrom(tokens, clause.start); i < tokens.length && tokens[i].start < clause.end; i++) {
    if (tokens[i].lower === 'there' && i > 0 && POINTING_AFTER.test(tokens[i - 1].pos)) pointing = true;
  }
  if (!pointing) return undefined;
  const topic = candidates.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end && usable(p))
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (!topic) return null;
  for (let i = firstTokenFrom(tokens, sentence.start); i < tokens.length && tokens[i].start < topic.span.start; i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return null;
  }
  return topic;
}
