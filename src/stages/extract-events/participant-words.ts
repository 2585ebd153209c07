import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import type { ActorRef, ActorKind } from '../../model/actor.js';

/**
 * A description of an unnamed party, from data/lexicons/event-participants.tsv.
 * Example: { word: 'civilians', actor: { id: 'agent-cvl', name: 'civilians', code: 'CVL', kind: 'civilians' } }
 * `actor` is absent for descriptions that stay unresolved ('gunmen').
 */
export interface ParticipantWord {
  word: string;
  actor?: ActorRef;
}

let words: Map<string, ParticipantWord> | undefined;

/** The description words, loaded on first use. */
export function loadParticipantWords(): Map<string, ParticipantWord> {
  if (words) return words;
  words = new Map();
  for (const row of readTsv(dataPath('lexicons', 'event-participants.tsv'))) {
    const actor = row.code ? { id: 'agent-' + row.code.toLowerCase(), name: row.word, code: row.code, kind: (row.kind || 'other') as ActorKind } : undefined;
    words.set(row.word, { word: row.word, actor });
  }
  return words;
}
