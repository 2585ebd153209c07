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

/**
 * An agreement that fails ('the truce collapsed', 'the ceasefire between the two sides collapsed', 'the collapsing
 * truce', 'the collapse of the ceasefire') is neither a disaster (the 'collapse' trigger) nor an agreement made
 * (the truce word): what is news is the fighting after it.
 */
export function isFailedAgreement(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type === 'AID' && first.lemma === 'collapse') {
    return agreementWithin(tokens, match.first - 1, -1, sentenceStart) || agreementWithin(tokens, match.last, 1, sentenceEnd);
  }
  if (!MADE_AGREEMENTS.has(tokens[match.last - 1].lower)) return false;
  return collapseWithin(tokens, match.first - 1, -1, sentenceStart) || collapseWithin(tokens, match.last, 1, sentenceEnd);
}

function agreementWithin(tokens: readonly Token[], from: number, step: 1 | -1, bound: number): boolean {
  for (let i = from, n = 0; n < REACH && (step < 0 ? i >= bound : i < bound); i += step, n++) {
    if (CLAUSE_BREAK.test(tokens[i].text)) return false;
    if (AGREEMENT_WORDS.has(tokens[i].lower)) return true;
  }
  return false;
}

function collapseWithin(tokens: readonly Token[], from: number, step: 1 | -1, bound: number): boolean {
  for (let i = from, n = 0; n < REACH && (step < 0 ? i >= bound : i < bound); i += step, n++) {
    if (CLAUSE_BREAK.test(tokens[i].text)) return false;
    if (tokens[i].lemma === 'collapse') return true;
  }
  return false;
}
