import type { Token } from '../../model/token.js';
import type { Candidate } from './candidate.js';

const CAPITALISED = /^[A-Z]/;

/**
 * 'Kurdish forces captured Sarrin', 'the army retook the al-Qaryatain city', 'took control of al-Mazare and
 * al-Kharroubi areas': in an act of taking ground (mode 'seize'), a capitalised name the actor dictionary does not
 * know is the ground taken (a village the gazetteer lacks), not the party it was taken from. Descriptions
 * ('militants') and named parties stay candidates; so does a name after 'from' ('retook the hill from Liwa X').
 */
export function groundTaken(tokens: readonly Token[], c: Candidate, mode: string | undefined): boolean {
  if (mode !== 'seize' || c.pronoun || c.participant.actor) return false;
  if (c.first > 0 && tokens[c.first - 1].lower === 'from') return false;
  return CAPITALISED.test(c.participant.text);
}
