import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import { governor, type PlaceContext } from './place-governor.js';
import { timeWords } from '../annotate-dates/time-words.js';

// Where a statement was made, told from where what it says happened.

/**
 * A place after a statement's trigger that belongs to what is said ('blamed the attack in Syria on
 * Assad', 'accused them of shelling Homs'): anything but its preposition stands between them. 'said
 * in Paris' places the statement itself.
 */
export function ofWhatIsSaid(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (p.span.start < trigger.end) return false;
  const { token } = governor(p, context);
  let next = firstTokenFrom(context.tokens, trigger.end);
  // 'protested Tuesday in Amman', 'said on Monday night in Paris': the day of the statement stands between it and its place.
  while (next < token && isDayWord(context.tokens[next].lower)) next++;
  return token < 0 || token > next;
}

/** A word of a day's name ('Tuesday', 'on Monday night', 'late yesterday'). */
function isDayWord(word: string): boolean {
  const { byKind } = timeWords();
  return byKind.weekday.has(word) || byKind['part-of-day'].has(word) || DAY_FILLERS.has(word);
}
const DAY_FILLERS = new Set(['on', 'today', 'yesterday', 'late', 'early', 'last', 'this']);
