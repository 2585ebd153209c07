import type { TriggerMatch } from './find-triggers.js';
import type { SentenceInput } from './events-in-sentence.js';
import { clauseTokens } from './find-clause.js';
import { datedSubordinate } from './dated-subordinate.js';
import { seizesWeapons } from './disrupted-weapons.js';
import { newStatementBetween } from './clause-words.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';

const AIMED = new Set(['to', 'at', 'of', 'for', 'by']);

export interface Group { clause: { first: number; last: number }; matches: TriggerMatch[] }

// Triggers of one type in one clause state one event ('shelling and air raids'): the strongest speaks for it.
export function groupTriggers(input: SentenceInput, matches: readonly TriggerMatch[]): Group[] {
  const groups: Group[] = [];
  for (const m of matches) {
    const clause = datedSubordinate(input.tokens, input.times, clauseTokens(input.tokens, input.sentence, m.first), m.first);
    const same = groups.find((g) => g.matches[0].entry.type === m.entry.type && g.clause.first === clause.first && g.clause.last === clause.last
      && !newStatementBetween(input.tokens, g.matches[g.matches.length - 1].last, m.first));
    if (same) same.matches.push(m);
    else groups.push({ clause, matches: [m] });
  }
  // A town taken in fierce clashes is a change of hands: ACLED codes the taking, not the battle that won it. Only a verb
  // that tells it counts: not one only aimed at ('fighting to drive out', 'aimed at driving out') nor an adjective ('the occupied city').
  const taking = (m: TriggerMatch) => (m.entry.type === 'ASSAULT' && m.entry.mode === 'seize' && input.tokens[m.first].pos === 'VERB'
    && !AIMED.has(input.tokens[m.first - 1]?.lower ?? '') && input.tokens[m.last]?.pos !== 'NOUN' ? 1 : 0);
  // Weapons seized along with the men who held them ('arrested two men and seized three rifles'): ACLED codes the
  // seizure, which takes the weapons out of the conflict, not the arrest that came with it.
  const seizing = (m: TriggerMatch) => (seizesWeapons(m.entry) ? 1 : 0);
  for (const g of groups) sortUnlessOrdered(g.matches, (a, b) => taking(b) - taking(a) || seizing(b) - seizing(a) || b.entry.weight - a.entry.weight || a.first - b.first);
  return groups;
}
