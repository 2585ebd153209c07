import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { SENTENCE_MARK } from './clause-marks.js';

// 'did not say whether', 'it was unclear whether', 'could not confirm if': the words that open a question left open.
const ASKING = new Set(['say', 'said', 'know', 'known', 'clear', 'unclear', 'confirm', 'specify', 'disclose', 'determine', 'tell', 'indicate', 'ask', 'asked']);
const REACH = 10;

/**
 * 'It did not say whether any fighters were also killed', 'it was unclear whether the rebels were shelled': an act
 * in a question the text leaves open is not told to have happened.
 */
export function inOpenQuestion(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i >= Math.max(sentenceStart + 1, match.first - REACH); i--) {
    const t = tokens[i];
    if (SENTENCE_MARK.test(t.text)) return false;
    if (t.lower === 'whether' || (t.lower === 'if' && ASKING.has(tokens[i - 1].lower))) return ASKING.has(tokens[i - 1].lower) || ASKING.has(tokens[i - 1].lemma);
  }
  return false;
}
