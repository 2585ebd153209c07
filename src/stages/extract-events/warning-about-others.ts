import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

// Words in the warned content that make it the speaker's threat or a risk foretold, not a charge:
// 'warned that it would retaliate', 'warned that the fighting could spread', 'unless the shelling stops'.
const OPEN_FUTURE = new Set(['will', 'would', 'shall', "'ll", '’ll', 'could', 'may', 'might', 'can', 'if', 'unless', 'otherwise', 'going']);

/**
 * Whether a 'warn' trigger at token `first` states a charge against others rather than a threat: 'warned that'
 * followed by a clause that tells what others do now or did, with no modal and no condition ('the Coalition warned
 * that killings by the regime undermine all chances of a settlement'). PLOVER codes such a warning ACCUSE
 * (disapprove): the speaker threatens nothing. Returns the token after 'that', or undefined.
 * Example: warningAboutOthers(tokens of 'They warned that the raids destroy the talks.', 1, 8) → 3
 */
export function warningAboutOthers(tokens: readonly Token[], first: number, sentenceEnd: number): number | undefined {
  if (tokens[first].lemma !== 'warn' || tokens[first].pos !== 'VERB' || tokens[first + 1]?.lower !== 'that') return undefined;
  for (let i = first + 2; i < sentenceEnd && tokens[i].text !== ';'; i++) if (OPEN_FUTURE.has(tokens[i].lower)) return undefined;
  return first + 2;
}

/** The accused: the first party named in the warned clause, with the parties listed with it. */
export function accusedIn(candidates: readonly Candidate[], from: number, sentenceEnd: number): Candidate[] {
  const first = candidates.find((c) => c.first >= from && c.last <= sentenceEnd && !c.pronoun && !c.speaker);
  return first ? candidates.filter((c) => c.list === first.list && !c.pronoun) : [];
}
