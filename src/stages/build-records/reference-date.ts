import type { TimeMention } from '../../model/time-value.js';
import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';

/** Prepositions that set an act against an earlier or later one: 'following an August 21 attack', 'after Sunday's vote'. */
const RELATIVE = new Set(['following', 'after', 'since', 'before', 'amid', 'despite']);
/** Two-word ones, by their first word before 'of' or 'to': 'ahead of Sunday's vote', 'prior to the May 3 talks'. */
const RELATIVE_PAIRS = new Map([['of', 'ahead'], ['to', 'prior']]);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
/** How many words after the date the noun it dates may stand: 'an August 21 chemical attack'. */
const HEAD_REACH = 4;

/**
 * True when the date only modifies a noun that names another act, in a phrase that sets the
 * sentence's act against it ('called for a response following a May 3 bombing', 'after Sunday's
 * vote'), or as a noun's modifier after a determiner ('the 2006 war'): it dates that act, not the
 * sentence's, nor the story's time. 'after Sunday' alone is an adverb of time and dates the sentence's act.
 */
export function datesAnotherAct(time: TimeMention, tokens: readonly Token[]): boolean {
  const first = firstTokenFrom(tokens, time.span.start);
  let i = first - 1;
  let determiners = 0;
  while (i >= 0 && determiners < 2 && DETERMINERS.has(tokens[i].lower)) { i--; determiners++; }
  const next = tokens[firstTokenFrom(tokens, time.span.end)];
  if (next === undefined) return false;
  // 'the 2006 war', 'the 1994 genocide': a date between a determiner and a noun names that noun's time,
  // as an adjective would, whatever comes before it.
  if (determiners > 0 && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start >= time.span.end) return true;
  if (i < 0 || !(RELATIVE.has(tokens[i].lower) || RELATIVE_PAIRS.get(tokens[i].lower) === tokens[i - 1]?.lower)) return false;
  if (/^['’]s$/.test(next.text)) return true;
  return determiners > 0 && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

/** True when the trigger is the noun the date modifies ('a May 3 bombing' dates the bombing itself). */
export function headOf(time: TimeMention, trigger: Span, tokens: readonly Token[]): boolean {
  const after = firstTokenFrom(tokens, time.span.end);
  const at = firstTokenFrom(tokens, trigger.start);
  return at >= after && at - after < HEAD_REACH;
}
