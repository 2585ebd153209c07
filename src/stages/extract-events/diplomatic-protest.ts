import type { Token } from '../../model/token.js';
import type { Participant } from '../../model/event-record.js';
import type { TriggerMatch } from './find-triggers.js';
import { readsAsVerb } from './noun-read-as-verb.js';

// Parties that speak for a state: their protest is a note or a statement, not a march.
const STATE_KINDS: ReadonlySet<string> = new Set(['state', 'government']);

// A state named by its people ('Palestinians protested', coded to the state by the dictionary) is a crowd:
// plural demonyms end so ('Americans', 'Iraqis', 'Islanders'); names of states do not ('Philippines', 'United States').
const PEOPLE_ENDING = /(an|i|er)s$/;

function speaksForState(party: Participant): boolean {
  const actor = party.actor;
  if (!actor || !STATE_KINDS.has(actor.kind)) return false;
  return !PEOPLE_ENDING.test(party.text);
}

/** The coding a diplomatic protest takes: PLOVER ACCUSE 'disapprove', CAMEO 114 (officially complain). */
export const DIPLOMATIC_PROTEST = { type: 'ACCUSE', mode: 'disapprove', cameo: '114' } as const;

/**
 * True when the verb 'protest' has only a state or a government for its subject ('Juba protests the
 * vote', 'the foreign ministry protested the decision'): the PLOVER manual codes diplomatic protests as
 * ACCUSE 'disapprove', since PROTEST presumes people acting in the street. The noun ('banned the
 * protest') still names a demonstration.
 */
export function isDiplomaticProtest(tokens: readonly Token[], match: TriggerMatch, actors: readonly Participant[], sentenceEnd: number): boolean {
  if (match.entry.type !== 'PROTEST' || match.entry.pattern !== 'protest') return false;
  if (!actors.length || !actors.every(speaksForState)) return false;
  // The tagger reads 'protests' after a name as a compound noun ('Kigali protests the vote'); readsAsVerb knows
  // better, and a headline may end on the verb right after its subject ('…; Kigali protests').
  const next = match.last < sentenceEnd ? tokens[match.last] : undefined;
  const endsOnVerb = (next === undefined || next.pos === 'PUNCT') && actors.some((a) => a.evidence.end === tokens[match.first - 1]?.end);
  return tokens[match.first].pos === 'VERB' || readsAsVerb(tokens, match.first) || endsOnVerb;
}
