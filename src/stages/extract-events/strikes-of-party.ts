import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

// Prepositions that put victims inside an attack: 'killed in Russian air strikes', 'wounded during Turkish raids'.
const INSIDE = new Set(['in', 'during', 'amid']);
// Heads of a party's name made of its attack ('Russian air strikes' is the Russian air force, as the actor lexicon reads it).
const ATTACK_HEADS = new Set(['strikes', 'strike', 'airstrikes', 'airstrike', 'raids', 'raid', 'bombardment', 'bombardments', 'shelling']);
const REACH = 6;

/**
 * The party whose attack a passive's victims died in: 'five civilians were killed in Russian air strikes'
 * names Russia as the attacker as plainly as 'killed by Russian air strikes'. Only a party whose own
 * mention ends in the attack's noun: 'killed in Turkey' names where, not who. Example: [Russian air strikes].
 */
export function strikesOfParty(tokens: readonly Token[], after: readonly Candidate[], candidates: readonly Candidate[], last: number): Candidate[] {
  const c = after.find((x) => x.first - last <= REACH && !x.pronoun && x.last - x.first >= 2 && INSIDE.has(tokens[x.first - 1]?.lower ?? '')
    && ATTACK_HEADS.has(tokens[x.last - 1].lower) && x.participant.actor !== undefined);
  return c ? candidates.filter((x) => x.list === c.list) : [];
}
