import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Words that name an agreement or a process that can fail.
const AGREEMENT_WORDS = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'hostilities', 'talks', 'deal', 'agreement', 'accord',
  'negotiations', 'government', 'coalition', 'plan', 'process']);
// Of those, the ones a trigger may be: an agreement reached (AGREE) or a truce (RETREAT ceasefire).
const MADE_AGREEMENTS = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'hostilities', 'deal', 'agreement', 'accord']);
// 'the ceasefire between the two sides collapsed': the agreement's own modifiers may stand between.
const REACH = 6;
const CLAUSE_BREAK = /^[,;:.!?()"“”]$/;
const namesAgreement = (t: Token) => AGREEMENT_WORDS.has(t.lower);
const collapses = (t: Token) => t.lemma === 'collapse';

/**
 * An agreement that fails ('the truce collapsed', 'the ceasefire between the two sides collapsed', 'the collapsing
 * truce', 'the collapse of the ceasefire') is neither a disaster (the 'collapse' trigger) nor an agreement made
 * (the truce word): what is news is the fighting after it.
 */
export function isFailedAgreement(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type === 'AID' && first.lemma === 'collapse') {
    return within(tokens, match.first - 1, -1, sentenceStart, namesAgreement) || within(tokens, match.last, 1, sentenceEnd, namesAgreement);
  }
  if (!MADE_AGREEMENTS.has(tokens[match.last - 1].lower)) return false;
  return within(tokens, match.first - 1, -1, sentenceStart, collapses) || within(tokens, match.last, 1, sentenceEnd, collapses);
}

/** A token that `found` accepts within REACH tokens from `from` in the direction of `step`, before a clause break or `bound`. */
function within(tokens: readonly Token[], from: number, step: 1 | -1, bound: number, found: (t: Token) => boolean): boolean {
  for (let i = from, n = 0; n < REACH && (step < 0 ? i >= bound : i < bound); i += step, n++) {
    if (CLAUSE_BREAK.test(tokens[i].text)) return false;
    if (found(tokens[i])) return true;
  }
  return false;
}
