import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Verbs that tell how often acts happen over time, not that one happened: 'have continued', 'have picked up'.
const TREND_LEMMAS = new Set(['continue', 'pick', 'increase', 'intensify', 'escalate', 'shift', 'resume', 'grow', 'decline', 'decrease',
  'drop', 'rise', 'subside', 'persist', 'spread', 'surge', 'multiply', 'slow', 'ease', 'abate']);
const PERFECT = new Set(['has', 'have']);
// Words that may stand between the act noun and its perfect: 'air strikes there have continued'.
const BETWEEN = new Set(['there', 'here', 'since', 'also', 'now', 'in', 'the', 'area', 'region', 'city']);
const REACH = 3;

/**
 * 'attacks have picked up again this year', 'air strikes there have continued', 'attacks have increasingly shifted to the
 * south': a plural act noun as the subject of a perfect verb of trend tells how acts went over months, not an act of the
 * story.
 */
export function isTrendOfActs(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  const head = tokens[match.last - 1];
  // A plural: the tagger gives a capitalised one ('Raids have …') no lemma of its own.
  if (tokens[match.first].pos === 'VERB' || !head.lower.endsWith('s') || (head.lemma === head.lower && head.pos !== 'PROPN')) return false;
  let i = match.last;
  for (let n = 0; i < sentenceEnd && n < REACH && BETWEEN.has(tokens[i].lower); n++) i++;
  if (i >= sentenceEnd || !PERFECT.has(tokens[i].lower)) return false;
  i++;
  while (i < sentenceEnd && tokens[i].pos === 'ADV') i++;
  return i < sentenceEnd && TREND_LEMMAS.has(tokens[i].lemma);
}
