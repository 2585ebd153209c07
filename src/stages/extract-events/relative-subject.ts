import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

/*
 * 'The United States, which imposed sanctions on Nicaraguan officials in April, welcomed …': the verb right after
 * 'which' or 'who' has the party before the comma as its subject, though the relative clause holds no party of
 * its own before the verb.
 */

const RELATIVE = new Set(['which', 'who']);
// What may stand between the pronoun and its verb: 'which has long', 'who are', 'who had not'.
const BEFORE_VERB = /^(AUX|ADV|PART)$/;

/** The candidate a relative clause's verb at `first` is said of, or undefined. */
export function relativeSubject(tokens: readonly Token[], candidates: readonly Candidate[], first: number): Candidate | undefined {
  // 'The Taliban, who are fighting to topple the government, …' describes a party by what it keeps doing: no act is told.
  if (first < 2 || tokens[first].pos !== 'VERB' || tokens[first].lower.endsWith('ing')) return undefined;
  let j = first - 1;
  while (j > 1 && BEFORE_VERB.test(tokens[j].pos)) j--;
  if (j < 1 || !RELATIVE.has(tokens[j].lower) || tokens[j - 1].text !== ',') return undefined;
  return candidates.find((c) => c.last === j - 1 && !c.pronoun);
}
