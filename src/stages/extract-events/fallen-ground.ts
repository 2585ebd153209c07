import type { Token } from '../../model/token.js';
import type { PlaceMention } from '../../model/place.js';
import type { TriggerMatch } from './find-triggers.js';
import { GROUND } from './territorial-seizure.js';

// 'the town fell on Sunday', 'denied that the village of Deir Hamra had fallen': ground that falls is taken (PLOVER
// ASSAULT, mode seize). Prices, shells and soldiers fall too: only a subject that is ground makes 'fall' a taking.

const BEFORE_VERB = /^(AUX|ADV|PART)$/;
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;

/** True for the bare 'fall' trigger when its subject is not ground (a place, or a noun such as 'town' or 'the village of X'). */
export function fallsWithoutGround(tokens: readonly Token[], places: readonly PlaceMention[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.pattern !== 'fall') return false;
  let i = match.first - 1;
  while (i >= sentenceStart && BEFORE_VERB.test(tokens[i].pos)) i--;
  if (i < sentenceStart) return true;
  const head = tokens[i];
  let ground = GROUND.test(head.lower) || places.some((p) => p.span.end === head.end && !p.metonymic);
  // 'the village of Deir Hamra': a name after a noun of ground and 'of'.
  let j = i;
  while (j > sentenceStart && tokens[j].pos === 'PROPN') j--;
  if (j < i && tokens[j].lower === 'of' && GROUND.test(tokens[j - 1]?.lower ?? '')) {
    ground = true;
    j -= 2;
  }
  if (!ground) return true;
  // 'rockets fired from Syria fell': ground after a preposition is no subject.
  while (j >= sentenceStart && NOUN_PHRASE.test(tokens[j].pos)) j--;
  return j >= sentenceStart && tokens[j].pos === 'ADP';
}
