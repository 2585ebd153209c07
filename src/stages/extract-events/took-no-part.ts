import type { Token } from '../../model/token.js';

/*
 * 'The naval mission said it had not taken part in the strikes', 'the militia was not involved in the
 * bombing', 'Hamas had no role in the shooting': a party that says it took no part in an act is named to
 * set it apart from those who did, so nobody before such a phrase authors the act. (A plain denial, 'X
 * denied shelling the town', keeps X as the one the act is laid on; assess-factuality marks it denied.)
 */

// The word a share in an act ends on, right before 'in': 'taken part in', 'involved in', 'a role in', 'a hand in'.
const SHARE = new Set(['part', 'involved', 'role', 'hand', 'participate', 'participated', 'participating', 'involvement', 'participation']);
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
// Words of the trigger's noun phrase between 'in' and the trigger: 'in the deadly strikes'.
const PHRASE_WORD = /^(DET|ADJ|NUM|PRON)$/;
// How far before the share word the negation may stand: 'had not taken part', 'was not directly involved'.
const NEGATION_REACH = 4;

/** The index of the share word before trigger token `first` when the share is negated, or -1. */
export function tookNoPart(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while (i > 0 && PHRASE_WORD.test(tokens[i].pos)) i--;
  if (i < 1 || tokens[i].lower !== 'in' || !SHARE.has(tokens[i - 1].lower)) return -1;
  const share = i - 1;
  for (let k = share - 1; k >= Math.max(0, share - NEGATION_REACH); k--) if (NEGATORS.has(tokens[k].lower)) return share;
  return -1;
}
