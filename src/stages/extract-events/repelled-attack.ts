import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

// Verbs whose subject withstood an attack: 'the army repelled the assault', 'guards foiled an attack'.
const REPEL = new Set(['repel', 'repels', 'repelled', 'repelling', 'repulse', 'repulses', 'repulsed', 'repulsing', 'thwart', 'thwarts', 'thwarted',
  'foil', 'foils', 'foiled', 'fend', 'fended', 'fending', 'beat', 'beaten', 'fought']);
// After 'beat', 'fend' and 'fought' only with 'back' or 'off': 'fought back an attack', 'fended off a raid'.
const NEEDS_PARTICLE = new Set(['fend', 'fended', 'fending', 'beat', 'beaten', 'fought']);
const PARTICLES = new Set(['back', 'off']);
// 'repelled the assault after two hours of clashes': the attack is the verb's object or an adjunct close after it.
const REACH = 7;

/**
 * The party that repelled the act at `first` ('the SAA repelled the assault after two hours of clashes'): it was attacked,
 * so it is a recipient, whatever stands before the trigger. Undefined when no repelling verb governs the trigger.
 */
export function repeller(tokens: readonly Token[], candidates: readonly Candidate[], first: number, clauseFirst: number): Candidate | undefined {
  for (let i = first - 1; i >= Math.max(clauseFirst, first - REACH); i--) {
    const t = tokens[i];
    if (t.pos === 'VERB' && !REPEL.has(t.lower) && i < first - 1) return undefined;
    if (!REPEL.has(t.lower)) continue;
    if (NEEDS_PARTICLE.has(t.lower) && !PARTICLES.has(tokens[i + 1]?.lower ?? '')) return undefined;
    return candidates.findLast((c) => c.first >= clauseFirst && c.last <= i && !c.pronoun && !c.speaker);
  }
  return undefined;
}

/** Actors and recipients with the repelling party moved to the recipients. */
export function repelledRoles(tokens: readonly Token[], candidates: readonly Candidate[], first: number, clauseFirst: number, actors: Candidate[], recipients: Candidate[]): { actors: Candidate[]; recipients: Candidate[] } {
  const party = repeller(tokens, candidates, first, clauseFirst);
  if (!party) return { actors, recipients };
  const list = candidates.filter((c) => c.list === party.list);
  return { actors: actors.filter((c) => c.list !== party.list), recipients: [...list, ...recipients.filter((c) => c.list !== party.list)] };
}
