import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// A present auxiliary makes 'deployed' a state: 'peacekeepers are deployed in the enclave', 'troops remain deployed'.
const PRESENT_STATE = new Set(['is', 'are', 'remain', 'remains', 'stay', 'stays']);
const PERFECT = new Set(['has', 'have']);
const SINCE_REACH = 8;

/**
 * True when 'deployed' tells where forces stand rather than a deployment of the story: a present state
 * ('whose peacekeepers are deployed in Nagorno-Karabakh', 'have been deployed there since 2017') or a presence
 * counted 'since' a past time ('its troops, deployed in the province since 2021'). 'were deployed on Monday' is told.
 */
export function isStandingDeployment(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type !== 'MOBILIZE' || first.lemma !== 'deploy' || !first.lower.endsWith('ed')) return false;
  let i = match.first - 1;
  while (i >= sentenceStart && tokens[i].pos === 'ADV') i--;
  if (i >= sentenceStart && PRESENT_STATE.has(tokens[i].lower)) return true;
  if (i > sentenceStart && tokens[i].lower === 'been' && PERFECT.has(tokens[i - 1].lower)) return true;
  for (let j = match.last; j < Math.min(sentenceEnd, match.last + SINCE_REACH); j++) {
    if (tokens[j].lower === 'since') return true;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].text === ';') return false;
  }
  return false;
}
