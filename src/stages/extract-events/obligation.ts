import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

// Subjects that stand for a party named before them: 'a reminder to Iraq that it must cooperate'.
const PRONOUNS = new Set(['it', 'they']);
// How far before 'must' its named subject may end: 'the US and other developed nations must'.
const SUBJECT_REACH = 5;

/** Who demands and who is told to act, of an obligation 'must'. */
export interface ObligationParties {
  actors: Candidate[];
  recipients: Candidate[];
}

/**
 * The parties of a reported obligation: 'X said (that) Y must do Z' is X's demand that Y act (PLOVER
 * REQUEST; CAMEO 10 'Demand'). Y is the named subject of 'must' (or the party a pronoun subject stands
 * for); X is the party before it that a verb separates from it ('declared', 'reiterated', 'concluded'),
 * or a speaker after it ('Y must do Z, the minister said'). Undefined when the sentence does not name
 * both, as in 'we must act': no reported demand.
 * Example: 'The Bush administration declared that China must drop barriers' → { actors: [Bush administration], recipients: [China] }
 */
export function obligationParties(tokens: readonly Token[], candidates: readonly Candidate[], must: number, clauseFirst: number, clauseLast: number): ObligationParties | undefined {
  const before = candidates.filter((c) => c.first >= clauseFirst && c.last <= must && !c.pronoun);
  let subject: Candidate | undefined;
  if (must > clauseFirst && PRONOUNS.has(tokens[must - 1].lower)) {
    subject = before.filter((c) => c.last < must - 1 && !c.speaker).pop();
    if (subject && !hasVerbBetween(tokens, clauseFirst, subject.first)) subject = undefined;
  } else {
    const last = before[before.length - 1];
    if (last && must - last.last <= SUBJECT_REACH && !hasVerbBetween(tokens, last.last, must)) subject = last;
  }
  if (!subject) return undefined;
  const recipients = candidates.filter((c) => c.list === subject!.list);
  const speaker = before.filter((c) => c.list !== subject!.list && c.last <= recipients[0].first && hasVerbBetween(tokens, c.last, recipients[0].first)).shift()
    ?? candidates.find((c) => c.speaker && c.first > must && c.last <= clauseLast);
  if (!speaker) return undefined;
  return { actors: candidates.filter((c) => c.list === speaker.list), recipients };
}

// A verb of its own clause; a participle before a noun only qualifies it ('other developed nations').
function hasVerbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' && !(i + 1 < to && tokens[i + 1].pos === 'NOUN')) return true;
  return false;
}
