import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
const REACH = 4;

/**
 * True when an event noun follows 'since' ('the deadliest day since a truce brokered by Moscow', 'prices have doubled
 * since the ceasefire'): the event is where a count of time starts, told as a reference point, not as news.
 * A clause after 'since' ('since clashes erupted around the town in June') tells its event: it is kept.
 */
export function isSinceAnchor(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const first = tokens[match.first];
  if (first.pos === 'VERB') return false;
  // 'since clashes erupted around the town in June': the noun is the subject of a clause that tells it, with its own date.
  const next = tokens[match.last];
  if (next && next.pos === 'VERB' && tokens[match.last + 1]?.lower !== 'by') return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    if (tokens[i].lower === 'since') return true;
    if (!NOUN_PHRASE.test(tokens[i].pos) && tokens[i].text !== '-') return false;
  }
  return false;
}
