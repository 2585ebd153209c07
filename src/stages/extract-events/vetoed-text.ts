import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { SENTENCE_MARK } from './clause-marks.js';

// The texts a vote can kill: what they call for never came into force.
const TEXT_NOUNS = new Set(['resolution', 'resolutions', 'draft', 'drafts', 'move', 'moves', 'bid', 'bids', 'proposal', 'proposals', 'motion', 'motions', 'measure', 'measures', 'text']);
const REACH = 15;

/**
 * 'vetoed a resolution calling for an end to the bombing', 'vetoed any move to sanction the president': what a
 * vetoed text calls for is the content of the veto (REJECT), not a request or a sanction made.
 */
export function inVetoedText(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  let text = false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    const t = tokens[i];
    if (SENTENCE_MARK.test(t.text)) return false;
    if (TEXT_NOUNS.has(t.lower)) text = true;
    if (t.lemma === 'veto' || t.lower.startsWith('veto')) return text && i < match.first - 1;
  }
  return false;
}
