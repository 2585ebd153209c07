import type { Token } from '../../model/token.js';
import type { TimeMention } from '../../model/time-value.js';

// 'Islamic Jihad fired rockets on Saturday after Israeli troops killed one of its commanders during a raid on
// Friday': a clause opened by 'after' or 'before', with a subject, a verb and a date of its own, tells an
// earlier (or later) act than the main clause's, dated apart. Without two dates ('five were killed when a car
// bomb exploded') the clauses tell one act, and stay one.

const TEMPORAL = new Set(['after', 'before', 'since', 'until']);
const NOUN_PHRASE = /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/;
const ED_ENDING = /ed$/;
const SUBJECT_REACH = 6;

// A subject then a finite verb: 'after Israeli troops killed', not 'after the attack' or 'after killing'.
function finiteClauseFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + SUBJECT_REACH); j++) {
    const t = tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX') return j > from && (t.pos === 'AUX' || ED_ENDING.test(t.lower) || t.lemma !== t.lower);
    if (!NOUN_PHRASE.test(t.pos)) return false;
  }
  return false;
}

function hasDate(times: readonly TimeMention[], tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  return times.some((t) => t.type === 'DATE' && t.span.start >= start && t.span.end <= end);
}

/**
 * The part of a clause [first, last) that holds token `at`, cut at a dated temporal clause (see above); the
 * clause itself when there is none.
 */
export function datedSubordinate(tokens: readonly Token[], times: readonly TimeMention[], clause: { first: number; last: number }, at: number): { first: number; last: number } {
  for (let i = clause.first + 1; i < clause.last - 2; i++) {
    if (!TEMPORAL.has(tokens[i].lower) || !finiteClauseFollows(tokens, i + 1, clause.last)) continue;
    if (!hasDate(times, tokens, clause.first, i) || !hasDate(times, tokens, i + 1, clause.last)) return clause;
    return at > i ? { first: i + 1, last: clause.last } : { first: clause.first, last: i };
  }
  return clause;
}
