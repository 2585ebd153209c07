import type { EventMention } from '../../model/event-mention.js';

/** 'claimed responsibility for', 'claims responsibility', 'took responsibility for', 'claimed credit for'. */
const CLAIMS_IT = /\b(?:claim\w*|t[ao]ok|take[sn]?|taking|assum\w*|accept\w*)\b.*\b(?:responsibility|credit)\b/i;

/**
 * A claim of responsibility: the claimed attack is not a proposal of the claimant but an act the
 * claimant says it committed ('Islamic State has claimed responsibility for a suicide bombing').
 * Example: isResponsibilityClaim({ type: 'ACCUSE', triggerText: 'claimed responsibility', … }) === true
 */
export function isResponsibilityClaim(mention: Pick<EventMention, 'type' | 'triggerText'> | undefined): boolean {
  return mention !== undefined && mention.type === 'ACCUSE' && CLAIMS_IT.test(mention.triggerText);
}
