import type { TimeMention } from '../../model/time-value.js';
import type { Token } from '../../model/token.js';

/**
 * The date groups of one meeting trigger: 'in Moscow on July 14-15 and on July 26' is two meetings,
 * one a date group. Returns token bounds [first, last) of each group's clause, or one group when the
 * clause holds fewer than two dates joined by 'and'.
 */
export function splitByDates(tokens: readonly Token[], first: number, last: number, times: readonly TimeMention[]): Array<{ first: number; last: number }> {
  const clauseStart = tokens[first].start;
  const clauseEnd = tokens[last - 1].end;
  const dates = times.filter((t) => t.type === 'DATE' && t.span.start >= clauseStart && t.span.end <= clauseEnd);
  if (dates.length < 2) return [{ first, last }];
  const tokenAt = (offset: number) => {
    for (let i = first; i < last; i++) if (tokens[i].end > offset) return i;
    return last;
  };
  const groups: Array<{ first: number; last: number }> = [];
  let groupStart = first;
  for (let d = 0; d < dates.length; d++) {
    const next = dates[d + 1];
    if (!next) break;
    const a = tokenAt(dates[d].span.end);
    const b = tokenAt(next.span.start);
    const joined = tokens.slice(a, b).some((t) => t.lower === 'and');
    if (!joined) continue;
    // The next group opens at its 'and'.
    const and = tokens.slice(a, b).findIndex((t) => t.lower === 'and');
    groups.push({ first: groupStart, last: a + and });
    groupStart = a + and;
  }
  groups.push({ first: groupStart, last });
  return groups;
}
