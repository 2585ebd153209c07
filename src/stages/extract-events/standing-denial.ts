import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Adverbs that make a denial a standing answer to a charge rather than the denial of one act.
const STANDING = new Set(['always', 'repeatedly', 'consistently', 'long', 'routinely', 'persistently', 'previously', 'invariably']);
const CLAUSE_BREAK = new Set(['and', 'but', ',', ';', 'while', 'as']);
// How far before the trigger the denial may stand ('denied targeting peaceful protesters').
const REACH = 5;

/**
 * 'The government has always denied using chemical weapons', 'has repeatedly denied targeting protesters': a
 * denial with an adverb of habit answers a charge in general; the act it names is no event told (a denial of one
 * act, 'denied shelling the market on Monday', keeps the act, denied).
 */
export function inStandingDenial(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i >= Math.max(sentenceStart + 1, match.first - REACH); i--) {
    // 'denied targeting protesters and blames the unrest on …': a verb after 'and' is told of its own.
    if (CLAUSE_BREAK.has(tokens[i].lower)) return false;
    if (tokens[i].lemma !== 'deny') continue;
    const before = tokens[i - 1].lower;
    const twoBefore = i - 2 >= sentenceStart ? tokens[i - 2].lower : '';
    return STANDING.has(before) || (STANDING.has(twoBefore) && tokens[i - 1].pos === 'ADV');
  }
  return false;
}
