import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { CLAUSE_MARK } from './clause-marks.js';

// Words that name an agreement or a process that can fail.
const AGREEMENT_WORDS = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'hostilities', 'talks', 'deal', 'agreement', 'accord',
  'negotiations', 'government', 'coalition', 'plan', 'process']);
// Of those, the ones a trigger may be: an agreement reached (AGREE) or a truce (RETREAT ceasefire).
const MADE_AGREEMENTS = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'hostilities', 'deal', 'agreement', 'accord']);
// 'the ceasefire between the two sides collapsed': the agreement's own modifiers may stand between.
const REACH = 6;
// 'brokered by the US and Russia': the words a by-phrase of the agreement's makers may add.
const BROKERS = 6;
const PARTICIPLE = /ed$/;
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

/**
 * A token that `found` accepts within REACH tokens from `from` in the direction of `step`, before a clause break or `bound`;
 * the brokers of the agreement ('the truce brokered by Russia and the United States collapsed') lengthen the reach.
 */
function within(tokens: readonly Token[], from: number, step: 1 | -1, bound: number, found: (t: Token) => boolean): boolean {
  let reach = REACH;
  for (let i = from, n = 0; n < reach && (step < 0 ? i >= bound : i < bound); i += step, n++) {
    if (CLAUSE_MARK.test(tokens[i].text)) return false;
    if (found(tokens[i])) return true;
    if (reach === REACH && tokens[i].lower === 'by' && i > 0 && PARTICIPLE.test(tokens[i - 1].lower)) reach += BROKERS;
  }
  return false;
}
