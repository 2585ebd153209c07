import type { TriggerMatch } from './find-triggers.js';
import type { SentenceInput } from './events-in-sentence.js';
import { clauseTokens } from './find-clause.js';
import { datedSubordinate } from './dated-subordinate.js';
import { seizesWeapons } from './disrupted-weapons.js';
import { newStatementBetween } from './clause-words.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';
import { inRelativeClause } from './clause-rank.js';
import { recalledSeizure } from './recalled-seizure.js';

const AIMED = new Set(['to', 'at', 'of', 'for', 'by']);
const PAST_FORM = /ed$/;

export interface Group { clause: { first: number; last: number }; matches: TriggerMatch[] }

// Triggers of one type in one clause state one event ('shelling and air raids'): the strongest speaks for it.
export function groupTriggers(input: SentenceInput, matches: readonly TriggerMatch[]): Group[] {
  const groups: Group[] = [];
  // A taking recalled to describe a place ('hit the rebels who seized the airport last month') is an event of its own,
  // the place's history: it neither speaks for the act told of the place nor joins it.
  const recalled = (m: TriggerMatch) => recalledSeizure(input.tokens, m, input.sentence.tokenStart);
  for (const m of matches) {
    const clause = datedSubordinate(input.tokens, input.times, clauseTokens(input.tokens, input.sentence, m.first), m.first);
    const same = recalled(m) ? undefined : groups.find((g) => g.matches[0].entry.type === m.entry.type && g.clause.first === clause.first && g.clause.last === clause.last
      && !recalled(g.matches[0]) && !newStatementBetween(input.tokens, g.matches[g.matches.length - 1].last, m.first));
    if (same) same.matches.push(m);
    else groups.push({ clause, matches: [m] });
  }
  // A town taken in fierce clashes is a change of hands: ACLED codes the taking, not the battle that won it. Only a verb
  // that tells it counts: not one only aimed at ('fighting to drive out', 'aimed at driving out') nor an adjective ('the occupied city').
  // Nor one recalled to describe the place the act hit ('attacked a town recently captured by Kurdish forces').
  const taking = (m: TriggerMatch) => (m.entry.type === 'ASSAULT' && m.entry.mode === 'seize' && input.tokens[m.first].pos === 'VERB'
    && !AIMED.has(input.tokens[m.first - 1]?.lower ?? '') && input.tokens[m.last]?.pos !== 'NOUN' && !recalledSeizure(input.tokens, m, input.sentence.tokenStart) ? 1 : 0);
  // Weapons seized along with the men who held them ('arrested two men and seized three rifles'): ACLED codes the
  // seizure, which takes the weapons out of the conflict, not the arrest that came with it.
  const seizing = (m: TriggerMatch) => (seizesWeapons(m.entry) ? 1 : 0);
  // 'claimed to have executed an aid worker kidnapped in the north': the act told of a party outranks the act a relative
  // clause recalls to describe it, however surely its word names an act.
  const start = input.sentence.tokenStart;
  // Past verbs of force only ('kidnapped', 'who had attacked'): a request or a truce word after a noun is what was asked
  // ('a call to stop the fighting'), and a noun in a participle's by-phrase ('the island bombarded by artillery shelling')
  // may still be the story's attack.
  const told = (m: TriggerMatch) => (m.entry.type === 'ASSAULT' && PAST_FORM.test(input.tokens[m.first].lower) && (inRelativeClause(input.tokens, m, start) || recalledSeizure(input.tokens, m, start)) ? 0 : 1);
  for (const g of groups) {
    if (g.matches.length < 2) continue;
    sortUnlessOrdered(g.matches, (a, b) => taking(b) - taking(a) || seizing(b) - seizing(a) || told(b) - told(a) || b.entry.weight - a.entry.weight || a.first - b.first);
  }
  return groups;
}
