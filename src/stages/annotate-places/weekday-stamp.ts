import type { Token } from '../../model/token.js';
import { timeWords } from '../annotate-dates/time-words.js';

/**
 * A weekday cut to its first letters before a date ('Mon Oct 31 2016', 'Sat, 12 Nov 2016'), as pages stamp their
 * articles: a day, not the place that bears the same letters ('Mon' is also a state of Myanmar).
 * Example: weekdayBeforeDate(tokens of 'Mon Oct 31 2016 Troops …', 0) → true; of 'fighting in Mon State', 2 → false
 */
export function weekdayBeforeDate(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].lower.replace(/\.$/, '');
  if (word.length < 3) return false;
  const words = timeWords().byKind;
  if (![...words.weekday.keys()].some((day) => day !== word && day.startsWith(word))) return false;
  let next = k + 1;
  if (tokens[next]?.text === ',') next++;
  const following = tokens[next]?.lower.replace(/\.$/, '') ?? '';
  return /^\d/.test(following) || words.month.has(following);
}
