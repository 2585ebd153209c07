import type { Token } from '../../model/token.js';
import type { Participant } from '../../model/event-record.js';
import type { Candidate } from './assign-arguments.js';
import type { TriggerEntry } from './trigger-lexicon.js';

const FROM_REACH = 4;

/** 'came under fire', 'had come under attack': the subject is the target, as in a passive. */
export function comesUnder(entry: TriggerEntry): boolean {
  return entry.pattern.startsWith('come under ');
}

/**
 * Who fired on a party that 'came under fire from X': the party after 'from', a few tokens past the trigger
 * ('came under fire from Armenian positions', 'from gunmen hiding in the hills'). Example: [{ text: 'gunmen', … }].
 */
export function attackerAfterFrom(tokens: readonly Token[], candidates: readonly Candidate[], last: number, clauseLast: number): Participant[] {
  for (let i = last; i < Math.min(clauseLast, last + FROM_REACH); i++) {
    if (tokens[i].lower !== 'from') continue;
    const c = candidates.find((x) => x.first > i && x.first <= i + 3 && x.last <= clauseLast && !x.pronoun);
    return c ? candidates.filter((x) => x.list === c.list).map((x) => x.participant) : [];
  }
  return [];
}
