import type { EventRecord } from '../../model/event-record.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';

/** Verbs that give or declare support, of which the noun is the object: 'would continue its support for', 'pledged support'. */
const GIVES_SUPPORT = new Set(['continue', 'continues', 'continued', 'express', 'expressed', 'expresses', 'voice', 'voiced', 'pledge', 'pledged',
  'pledges', 'offer', 'offered', 'offers', 'announce', 'announced', 'declare', 'declared', 'reaffirm', 'reaffirmed', 'reiterate', 'reiterated',
  'lend', 'lent', 'extend', 'extended', 'show', 'showed', 'signal', 'signalled', 'signaled', 'give', 'gave', 'given', 'affirm', 'affirmed', 'stepped']);
/** Words that may stand between that verb and the noun: 'its', 'their full', 'strong political'. */
const BETWEEN = 3;

/**
 * The noun 'support' ('weak support for any military action', 'comes under criticism over its support for Damascus',
 * 'expected the coalition to provide more air support for the operation') names a stance or what is asked, not an
 * act: it is a SUPPORT event only as the object of a verb that gives or declares it ('would continue its support
 * for the government', 'expressed support for the plan').
 */
export function isStanceNoun(r: EventRecord, tokens: readonly Token[]): boolean {
  if (r.type !== 'SUPPORT' || !/^support(?:\s+for)?$/i.test(r.triggerText)) return false;
  const at = firstTokenFrom(tokens, r.trigger.start);
  if (tokens[at]?.pos === 'VERB') return false;
  for (let i = at - 1; i >= Math.max(0, at - 1 - BETWEEN); i--) {
    if (GIVES_SUPPORT.has(tokens[i].lower)) return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'PUNCT') break;
  }
  return true;
}
