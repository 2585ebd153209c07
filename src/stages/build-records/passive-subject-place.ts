import type { PlaceMention } from '../../model/place.js';
import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import { CONTAINERS, governor, type PlaceContext } from './place-governor.js';

/** Auxiliaries of a passive verb: "was captured", "has been struck". */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would']);
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * A place that is the subject of the event's own verb in the passive: "Kisangani was captured",
 * "Idlib province has been struck". The place taken or struck is where it happened. (The caller checks that the
 * place is one an event may take at all.)
 */
export function subjectOfPassive(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (p.span.end > trigger.start) return false;
  const { tokens } = context;
  // 'civilians from Kobane were killed', 'a force from Fiji is patrolling': where the subject comes from, not the subject
  // ('the Gulf of Guinea will be patrolled' is one name).
  const { word, token } = governor(p, context);
  if (word === 'from' || word === 'of' && /^\p{Ll}/u.test(tokens[token - 1]?.text ?? '')) return false;
  const after = firstTokenFrom(tokens, p.span.end);
  // 'Kisangani, captured by the rebels in March, is calm': the participle after the place is the event's own.
  const participle = tokens[tokens[after]?.text === ',' ? after + 1 : after];
  if (participle !== undefined && participle.start === trigger.start && tokens[firstTokenFrom(tokens, trigger.end)]?.lower === 'by') return true;
  let i = afterAside(tokens, after, firstTokenFrom(tokens, p.span.start));
  let auxiliaries = 0;
  let be = false; // 'has captured' is active: a passive needs a form of 'be' ('was captured', 'has been struck')
  for (let steps = 0; i < tokens.length && steps < 6 && tokens[i].end <= trigger.start; i++, steps++) {
    const t = tokens[i];
    if (PASSIVE_AUX.has(t.lower)) { auxiliaries++; be ||= BE.has(t.lower); }
    // "Grozny's streets were patrolled": the place's own streets, its possessive before them.
    else if (!(t.pos === 'ADV' || (auxiliaries === 0 && t.pos === 'NOUN' && CONTAINERS.has(t.lower)) || (auxiliaries === 0 && steps === 0 && (t.text === "'s" || t.text === '’s')))) return false;
  }
  const t = tokens[i];
  return auxiliaries > 0 && be && t !== undefined && t.pos === 'VERB' && t.start >= trigger.start && t.end <= trigger.end;
}

/**
 * The token after an aside set off by commas right after a place ('Kisangani, the third city, was …', 'Kisangani,
 * which lies on the river, was …'), or i itself when none stands there; an aside ends at its comma, within a few words.
 */
function afterAside(tokens: readonly Token[], i: number, placeStart: number): number {
  if (tokens[i]?.text !== ',') return i;
  // 'The capital, Kabul, is patrolled': the place itself was the aside, its comma closes it.
  if (tokens[placeStart - 1]?.text === ',' && PASSIVE_AUX.has(tokens[i + 1]?.lower ?? '')) return i + 1;
  for (let j = i + 1; j < tokens.length && j - i <= 12; j++) {
    const t = tokens[j];
    if (t.text === ',') return j + 1;
    if (t.text === '.' || t.text === ';' || t.text === '(' || t.text === ':') return i;
  }
  return i;
}
