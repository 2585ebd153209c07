import type { Token } from '../../model/token.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const FAILURE = new Set(['fail', 'fails', 'failed', 'failing']);
// What may stand between a negator and its verb: 'would not', 'has not yet', 'did not formally'.
const BETWEEN = /^(AUX|ADV|PART)$/;
// What may stand between a verb and the noun it takes: 'reach a final agreement', 'sign the peace accord'.
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;

// Verbs of pursuit: 'Washington is not seeking a vote' declines to pursue it, as 'will not accept' declines an agreement.
// Not 'ask' or 'call for': 'did not call for sanctions' tells what was left unsaid, not a refusal.
const PURSUIT = new Set(['seek', 'pursue']);

/** Whether a trigger's negation would make it a refusal: any agreement, and a request made by pursuing something. */
export function refusable(type: string, trigger: Token): boolean {
  return type === 'AGREE' || (type === 'REQUEST' && trigger.pos === 'VERB' && PURSUIT.has(trigger.lemma));
}

/**
 * Whether an agreement trigger at token `first` is refused or failed rather than made: a negated verb
 * ('will not accept any more refugees', 'would not meet their demands'), a verb after 'failed to'
 * ('failed to agree'), or a noun taken by such a verb ('failed to reach agreement', 'did not sign
 * the accord'). PLOVER codes all refusals REJECT, as CAMEO codes a negated agreement 12.
 * Example: isRefusal(tokens of 'Syria will not accept refugees', 2, 0) → true
 */
export function isRefusal(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  let verb = first;
  if (tokens[first].pos !== 'VERB') {
    verb = first - 1;
    while (verb > sentenceStart && NOUN_PHRASE.test(tokens[verb].pos)) verb--;
    if (verb < sentenceStart || tokens[verb].pos !== 'VERB') return false;
  }
  for (let i = verb - 1; i >= Math.max(sentenceStart, verb - 4); i--) {
    const w = tokens[i].lower;
    if (NEGATORS.has(w)) return true;
    if (w === 'to') return i > sentenceStart && FAILURE.has(tokens[i - 1].lower);
    if (!BETWEEN.test(tokens[i].pos)) return false;
  }
  return false;
}
