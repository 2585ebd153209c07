import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

const PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
// Munitions whose own word tells the attack ('rockets', 'missiles'), whatever verb launches them.
const MUNITIONS = /^(rockets?|missiles?|shells?|mortars?|rounds|projectiles?|drones?|bombs?|grenades?|bullets|shots)$/;
const REACH = 6;

/**
 * True when 'fired at' or 'fired on' is the passive of a munition ('missiles that were fired at military targets',
 * 'the rocket was fired on Sderot'): the munition's word already tells the act, and whatever intercepts it
 * decides its class. 'The patrol was fired on' (a target as subject) is the attack itself.
 */
export function isMunitionFired(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (tokens[match.first].lemma !== 'fire' && !tokens[match.first].lower.startsWith('fire')) return false;
  if (match.first - 1 < sentenceStart || !PASSIVE.has(tokens[match.first - 1].lower)) return false;
  for (let i = match.first - 2; i >= Math.max(sentenceStart, match.first - REACH); i--) if (MUNITIONS.test(tokens[i].lower)) return true;
  return false;
}
