import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

const SCENE_OPENERS = new Set(['in', 'during', 'amid']);
const BETWEEN = /^(DET|ADJ|NUM)$/;

/**
 * 'In overnight raids, Israeli troops arrested …', 'In fresh strikes Russian jets pounded …': a noun that opens its
 * clause after 'in', 'during' or 'amid' names the act the clause then tells, so the clause's subject, the party
 * right after the noun and before its verb, did it. Undefined when the noun does not open the clause so.
 */
export function sceneSubject(tokens: readonly Token[], after: readonly Candidate[], first: number, last: number, clauseFirst: number): Candidate | undefined {
  if (tokens[last - 1].pos !== 'NOUN') return undefined;
  let i = first - 1;
  while (i >= clauseFirst && BETWEEN.test(tokens[i].pos)) i--;
  if (i !== clauseFirst || !SCENE_OPENERS.has(tokens[i].lower)) return undefined;
  const subject = after[0];
  if (!subject) return undefined;
  for (let k = last; k < subject.first; k++) if (tokens[k].text !== ',' && !BETWEEN.test(tokens[k].pos)) return undefined;
  let v = subject.last;
  while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
  return tokens[v]?.pos === 'VERB' ? subject : undefined;
}
