import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

/**
 * What a party gives, sends or withdraws of its own is what it acts with, not whom it acts on: such a
 * candidate is no recipient of the act.
 * Example: 'withdraw their forces from the border' → 'their forces' is no recipient.
 */

// 'offered its troops to Lebanon', 'withdraw their forces from the border': what one gives, sends or withdraws of
// one's own people is what one acts with, not whom one acts on. One may still urge or blame one's own ('urged its citizens').
const OWN = new Set(['its', 'their', 'his', 'her', 'our']);
const GIVING = new Set(['AGREE', 'AID', 'RETREAT', 'MOBILIZE', 'COOPERATE', 'CONCEDE', 'SANCTION']);
export function ownedBySubject(tokens: readonly Token[], c: Candidate, actors: readonly Candidate[], type: string | undefined): boolean {
  return GIVING.has(type ?? '') && actors.length > 0 && c.first > 0 && OWN.has(tokens[c.first - 1].lower) || movedForce(tokens, c, type);
}

// 'withdraw 4,000 troops', 'sent more soldiers to guard the camp': armed men that are the direct object of sending or
// withdrawing are what is moved, whoever they belong to; whom the move is aimed at follows a preposition ('to Lebanon').
const FORCE_KINDS = new Set(['military', 'police']);
const OBJECT_LEAD = /^(NUM|ADJ|DET|ADV)$/;
function movedForce(tokens: readonly Token[], c: Candidate, type: string | undefined): boolean {
  if (!GIVING.has(type ?? '') || !FORCE_KINDS.has(c.participant.actor?.kind ?? '') || c.first === 0) return false;
  let i = c.first - 1;
  while (i > 0 && OBJECT_LEAD.test(tokens[i].pos)) i--;
  return tokens[i].pos === 'VERB';
}
