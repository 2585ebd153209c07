import type { Token } from '../../model/token.js';
import type { PlaceMention } from '../../model/place.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import type { TriggerMatch } from './find-triggers.js';

// 'seized a village', 'seizing the emblematic northern town of Dabiq', 'seized Dabiq': what was seized is ground,
// so the seizure is a taking of territory (PLOVER ASSAULT, mode seize, CAMEO 192 'occupy territory'), not a
// confiscation. Only the words that may stand between the verb and its object are crossed ('the', 'strategic', 'two'),
// so 'seized rifles in the village' stays a seizure of rifles.
export const GROUND = /^(capitals?|towns?|villages?|city|cities|districts?|territory|territories|provinces?|regions?|hills?|hilltops?|neighbou?rhoods?|airports?|airbases?|crossings?|outskirts|suburbs?|counties|county|municipality|settlements?)$/;
const BETWEEN = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);
const REACH = 5;

const asTaking = new WeakMap<TriggerEntry, TriggerEntry>();

/** The trigger a confiscation verb stands for when its object is ground; the match unchanged otherwise. */
export function seizureOfGround(tokens: readonly Token[], places: readonly PlaceMention[], match: TriggerMatch, sentenceEnd: number): TriggerMatch {
  const entry = match.entry;
  if (entry.type !== 'COERCE' || entry.mode !== 'seize' || entry.acled || entry.otherClass || tokens[match.first].pos !== 'VERB') return match;
  if (!objectIsGround(tokens, places, match.last, sentenceEnd)) return match;
  let taking = asTaking.get(entry);
  if (!taking) asTaking.set(entry, (taking = { ...entry, type: 'ASSAULT', mode: 'seize', cameo: '192' }));
  return { ...match, entry: taking };
}

function objectIsGround(tokens: readonly Token[], places: readonly PlaceMention[], from: number, sentenceEnd: number): boolean {
  for (let i = from; i < Math.min(sentenceEnd, from + REACH); i++) {
    const t = tokens[i];
    if (GROUND.test(t.lower)) return true;
    if (places.some((p) => p.span.start === t.start && !p.metonymic)) return true;
    // 'seized back the city': the particle belongs to the verb.
    if (!BETWEEN.has(t.pos) && !(i === from && t.lower === 'back')) return false;
  }
  return false;
}
