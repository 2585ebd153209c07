import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { inRelativeClause } from './clause-rank.js';

const NOUN_TAG = /^(NOUN|PROPN)$/;
// 'recently captured by', 'only retaken by', 'newly seized by': an adverb of time may stand between the noun and its participle.
const TIME_ADVERBS = new Set(['recently', 'newly', 'only', 'just', 'lately', 'previously', 'earlier', 'once', 'since']);

/**
 * True when a taking of ground is recalled to describe a place the sentence's act happened in: told in a relative
 * clause ('near Palmyra, which government forces recaptured in March') or as a participle with its taker after 'by'
 * right after the place's noun ('attacked a town recently captured by Kurdish forces'). The place is what the main
 * clause names; the taking is its history, so it does not speak for the sentence's act of force as a taking told does.
 * Example: 'jihadists attacked a town recently captured by Kurdish forces' at 'captured' → true; 'the army captured the town' → false
 */
export function recalledSeizure(tokens: readonly Token[], m: TriggerMatch, sentenceStart: number): boolean {
  // Ground taken before ('recaptured', 'seized', 'taken'): not a seizure of weapons, nor a taking going on ('units seizing …').
  if (m.entry.type !== 'ASSAULT' || m.entry.mode !== 'seize' || tokens[m.first].lower.endsWith('ing')) return false;
  if (inRelativeClause(tokens, m, sentenceStart) || afterRelativePronoun(tokens, m.first, sentenceStart)) return true;
  const verb = tokens[m.first];
  if (m.last - m.first !== 1 || !verb.lower.endsWith('ed') || tokens[m.last]?.lower !== 'by') return false;
  let i = m.first - 1;
  if (i >= sentenceStart && TIME_ADVERBS.has(tokens[i].lower)) i--;
  return i >= sentenceStart && NOUN_TAG.test(tokens[i].pos) && tokens[i - 1]?.pos !== 'AUX';
}

const SUBJECT_WORDS = /^(NOUN|PROPN|ADJ|DET|NUM)$/;
const RELATIVES = new Set(['which', 'that']);

/**
 * 'Palmyra which government forces recaptured': a relative pronoun after a noun, then the clause's subject, then the
 * verb. The tagger may read the pronoun as a determiner ('which government forces'), which clause-rank does not take.
 */
function afterRelativePronoun(tokens: readonly Token[], verb: number, sentenceStart: number): boolean {
  for (let i = verb - 1; i > sentenceStart && verb - i <= 5; i--) {
    if (RELATIVES.has(tokens[i].lower)) return NOUN_TAG.test(tokens[i - 1].pos) && i < verb - 1;
    if (!SUBJECT_WORDS.test(tokens[i].pos)) return false;
  }
  return false;
}
