import type { Token } from '../../model/token.js';
import type { Candidate } from './candidate.js';

// Words of the object's own noun phrase between the participle and the party ('fighting the so-called IS group').
const OBJECT_WORD = /^(DET|ADJ|NUM)$/;
const OBJECT_REACH = 3;

/**
 * 'The US-led coalition targeting the jihadists … said it had launched air strikes', 'Syrian Kurds fighting
 * the IS group made fresh advances': a party right after an -ing participle that itself follows another party
 * is the object of that participle, which describes the first party. It returns that first party (whom the
 * object is set against), or undefined. The object is the first party's opponent: never the subject of the
 * clause's act, and whom the act is aimed at when the act names nobody else.
 */
export function opposedBy(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  let i = c.first - 1;
  while (i >= 0 && c.first - 1 - i < OBJECT_REACH && OBJECT_WORD.test(tokens[i].pos)) i--;
  const participle = tokens[i];
  if (!participle || participle.pos !== 'VERB' || !participle.lower.endsWith('ing')) return undefined;
  return candidates.find((p) => p !== c && !p.pronoun && p.last === i);
}

// Participles that set their object against the party ('fighting', 'targeting'); 'supporting the army' names an ally.
const HOSTILE = new Set(['fight', 'battle', 'combat', 'target', 'attack', 'besiege', 'confront', 'oppose', 'shell', 'bomb', 'pound', 'hunt', 'raid']);

/**
 * The opponents named by the actors' own hostile participles ('Syrian Kurds fighting the IS group' gives the IS
 * group); the object of 'supporting', 'backing' or 'escorting' is an ally, never the target.
 */
export function opponentsOf(tokens: readonly Token[], actors: readonly Candidate[], candidates: readonly Candidate[]): Candidate[] {
  if (!actors.length) return [];
  return candidates.filter((c) => {
    const party = opposedBy(tokens, c, candidates);
    return party !== undefined && !actors.includes(c) && actors.includes(party) && HOSTILE.has(tokens[party.last].lemma.toLowerCase());
  });
}
