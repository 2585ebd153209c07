import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { STATEMENT_MARK } from './clause-marks.js';

const RELATIVE = new Set(['who', 'which']);
// From the trigger back to the relative pronoun: 'who had been allegedly providing medical treatment and aid'.
const REACH = 9;

/**
 * True when the trigger lies in a relative clause in the past perfect progressive that describes a person by what they
 * had been doing (an occupation over, unlike 'who has been mediating', which may still go on) ('a former soldier who had been providing medical care and aid to refugees'): a past occupation
 * recalled, not an act of the story. Acts of force are left to the ranking: 'militants who had been shelling the town'
 * may still tell the attack.
 */
export function isPastOccupation(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.type === 'ASSAULT') return false;
  let progressive = false;
  for (let i = match.first; i >= Math.max(sentenceStart + 2, match.first - REACH); i--) {
    const t = tokens[i];
    if (i < match.first && STATEMENT_MARK.test(t.text)) return false;
    if (t.lower.endsWith('ing') && t.pos === 'VERB') progressive = true;
    if (t.lower !== 'been' || !progressive) continue;
    // 'who had been', 'who had allegedly been'. Not 'who has been mediating': an activity still going on may be news.
    let j = i - 1;
    while (j > sentenceStart && tokens[j].pos === 'ADV') j--;
    if (tokens[j].lower !== 'had') return false;
    j--;
    while (j >= sentenceStart && tokens[j].pos === 'ADV') j--;
    return j >= sentenceStart && RELATIVE.has(tokens[j].lower);
  }
  return false;
}
