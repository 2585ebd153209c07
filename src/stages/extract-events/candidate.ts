import type { Participant } from '../../model/event-record.js';

/**
 * A party that may fill a role: a named actor mention or an unnamed description ('gunmen'),
 * with the tokens it covers. Candidates joined by 'and' or a comma form one list.
 */
export interface Candidate {
  first: number;
  last: number;
  participant: Participant;
  /** Index of the first candidate of its coordinated list ('both Russia and the coalition'). */
  list: number;
  pronoun?: boolean;
  /** The party speaks here ('SOHR said', 'according to the Observatory'): a source, not who acted. */
  speaker?: boolean;
}
