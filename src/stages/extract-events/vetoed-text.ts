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
  const from = Math.max(sentenceStart, match.first - REACH);
  // Almost no trigger has a veto before it: look for one first, before testing every word for a sentence mark.
  let veto = false;
  for (let i = match.first - 1; i >= from && !veto; i--) veto = isVeto(tokens[i]);
  if (!veto) return false;
  let text = false;
  for (let i = match.first - 1; i >= from; i--) {
    const t = tokens[i];
    if (SENTENCE_MARK.test(t.text)) return false;
    if (TEXT_NOUNS.has(t.lower)) text = true;
    if (isVeto(t)) return text && i < match.first - 1;
  }
  return false;
}

function isVeto(t: Token): boolean {
  return t.lemma === 'veto' || t.lower.startsWith('veto');
}
