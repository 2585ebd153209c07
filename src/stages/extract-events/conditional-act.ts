import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// 'will boycott the vote unless the president agrees to step down': an act on a condition has not happened, and
// whatever its type it ranks below the act the sentence reports, as far as a scene does ('in fierce clashes').
const CONDITIONS = new Set(['unless', 'if']);
const CONDITION_PENALTY = 0.12;
const REACH = 6;

/**
 * How much lower an act ranks when a condition opens its clause: 'unless' or 'if' before the trigger, with no
 * punctuation or other verb between. Example: 'agrees' in '… unless the government agrees to free …' → 0.12.
 */
export function conditionPenalty(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): number {
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    if (CONDITIONS.has(tokens[i].lower)) return CONDITION_PENALTY;
    if (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'VERB') return 0;
  }
  return 0;
}
