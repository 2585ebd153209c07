import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

/*
 * 'Moscow denies targeting civilians and says its strikes hit only military depots': 'its' before an act's
 * noun names the act's author, and a possessive pronoun stands for a subject far more often than for the
 * object named just before it. So the author is the nearest earlier party that is the subject of a verb.
 */

const OWNER_PRONOUNS = new Set(['its', 'their']);
// Words that may stand between the pronoun and the act's noun: 'its latest air strikes', 'their two attacks'.
const NOUN_PHRASE_WORD = /^(ADJ|NUM|NOUN)$/;
const NOUN_PHRASE_REACH = 3;
// What may stand between a subject and its verb: 'Moscow has repeatedly said', 'the army also says'.
const BEFORE_VERB = /^(AUX|ADV|PART)$/;

// The candidates include speakers: 'Ethiopia's military says its drone strikes target only Fano fighters' tells of its own strikes.
/** The party that 'its'/'their' before the nominal trigger at `first` stands for, when one is the subject of a verb. */
export function possessiveAntecedent(tokens: readonly Token[], candidates: readonly Candidate[], from: number, first: number): Candidate | undefined {
  let i = first - 1;
  while (i > 0 && first - i <= NOUN_PHRASE_REACH && NOUN_PHRASE_WORD.test(tokens[i].pos) && !OWNER_PRONOUNS.has(tokens[i].lower)) i--;
  if (i < 0 || !OWNER_PRONOUNS.has(tokens[i].lower)) return undefined;
  const pronoun = i;
  const before = candidates.filter((c) => c.first >= from && c.last <= first && !c.pronoun);
  // 'their air forces strike': a party of their own between the pronoun and the act does it.
  if (before.some((c) => c.first > pronoun)) return undefined;
  return before.findLast((c) => {
    if (c.last > pronoun) return false;
    let v = c.last;
    while (v < pronoun && BEFORE_VERB.test(tokens[v].pos)) v++;
    return v < pronoun && tokens[v].pos === 'VERB';
  });
}
