import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

const COORDINATORS = new Set(['but', 'and', 'yet']);

/**
 * 'Benin opened its borders to the refugees, but was still refusing entry to traders': a clause opened by
 * 'but' or 'and' whose verb comes with no subject of its own shares the subject of the clause before it.
 * That subject is the party the previous clause starts with, right before its verb. Undefined otherwise.
 */
export function sharedSubject(tokens: readonly Token[], candidates: readonly Candidate[], clauseFirst: number, sentenceStart: number): Candidate | undefined {
  if (clauseFirst <= sentenceStart || !COORDINATORS.has(tokens[clauseFirst].lower)) return undefined;
  let i = clauseFirst + 1;
  while (tokens[i]?.pos === 'ADV') i++;
  if (tokens[i]?.pos !== 'AUX' && tokens[i]?.pos !== 'VERB') return undefined;
  const first = candidates.find((c) => c.first >= sentenceStart && c.last < clauseFirst && !c.pronoun);
  if (!first) return undefined;
  // It opens the sentence (past an article and adjectives) and its verb follows it.
  for (let k = sentenceStart; k < first.first; k++) if (!/^(DET|ADJ)$/.test(tokens[k].pos)) return undefined;
  let v = first.last;
  while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
  return tokens[v]?.pos === 'VERB' ? first : undefined;
}
