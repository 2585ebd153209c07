import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';
import { ARTICLES } from './clause-words.js';

// 'after meeting X, Kerry said': a gerund after these opens an adjunct whose subject is the main clause's.
const ADJUNCT_PREPS = new Set(['after', 'before', 'while', 'upon', 'on', 'since', 'when']);

/**
 * 'After meeting the Turkish foreign minister, Lavrov said …', 'after meeting Arab ministers Kerry said':
 * the gerund's object comes first, then the main clause's subject, which acts in the adjunct too. The
 * object ends at a comma or where another party begins that the text does not join to it by 'and'.
 */
export function adjunctParties(tokens: readonly Token[], after: readonly Candidate[], first: number): { actors: Candidate[]; recipients: Candidate[] } | undefined {
  // Right after the preposition, with no article, an -ing word is the gerund whatever the tagger says ('after meeting/NOUN').
  if (first === 0 || !ADJUNCT_PREPS.has(tokens[first - 1].lower) || !tokens[first].lower.endsWith('ing')) return undefined;
  if (after.length < 2 || after[0].first - first > 3) return undefined;
  const joined = (x: Candidate, y: Candidate) => {
    let and = false;
    for (let t = x.last; t < y.first; t++) {
      if (tokens[t].lower === 'and') and = true;
      else if (!ARTICLES.has(tokens[t].lower)) return false;
    }
    return and;
  };
  let split = 1;
  while (split < after.length && joined(after[split - 1], after[split])) split++;
  if (split >= after.length) return undefined;
  let end = split + 1;
  while (end < after.length && joined(after[end - 1], after[end])) end++;
  return { actors: after.slice(split, end), recipients: after.slice(0, split) };
}
