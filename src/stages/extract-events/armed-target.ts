import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// An attack on a base, a checkpoint or soldiers meets armed men, and so does fire opened on militants or
// terrorists killed by the army: ACLED calls both sides armed a clash, not an attack on civilians. The
// attackers named after 'by' ('an attack by militants on a village') are not its target, so the search stops there.
const ARMED_TARGETS = /^(bases?|checkpoints?|posts?|outposts?|barracks|garrisons?|convoys?|patrols?|soldiers|troops|army|military|police|policemen|positions|security|militants?|terrorists?|insurgents?|rebels?|fighters|gunmen|jihadists?|extremists?|separatists?|guerrillas?|bandits|militiamen)$/;
const REACH = 6;

const HARMED = new Set(['killed', 'wounded', 'injured', 'hurt']);
const AMID = new Set(['in', 'during']);
const BE = new Set(['was', 'were']);

/** Whether the words after an act of violence name an armed target, or the ones before name armed men it killed. */
export function armedTarget(tokens: readonly Token[], match: TriggerMatch, clause: { first: number; last: number }): boolean {
  for (let i = match.last; i < Math.min(clause.last, match.last + REACH); i++) {
    if (tokens[i].lower === 'by') return false;
    if (ARMED_TARGETS.test(tokens[i].lower)) return true;
  }
  return armedVictims(tokens, match, clause.first);
}

// 'nine policemen were killed in rebel attacks': the victims told before the attack, in the clause that frames it.
function armedVictims(tokens: readonly Token[], match: TriggerMatch, clauseFirst: number): boolean {
  let i = match.first - 1;
  while (i >= clauseFirst && i >= match.first - 3 && !AMID.has(tokens[i].lower)) i--;
  if (i - 2 < clauseFirst || !AMID.has(tokens[i].lower) || !HARMED.has(tokens[i - 1].lower) || !BE.has(tokens[i - 2].lower)) return false;
  for (let j = i - 3; j >= Math.max(clauseFirst, i - 6); j--) if (ARMED_TARGETS.test(tokens[j].lower)) return true;
  return false;
}
