import type { ActorRef } from '../../model/actor.js';

/**
 * A mention while the stage works on it: word positions [start, end) in the TextWord list, the actor,
 * and what the later passes need (its head words for 'the ministry', a country still to be chosen).
 * Example: { start: 4, end: 6, actor: {…'RUSMIL'}, confidence: 0.8, source: 'agent', head: 'military' }
 */
export interface FoundMention {
  start: number;
  end: number;
  actor?: ActorRef;
  confidence: number;
  source: 'named' | 'agent' | 'title' | 'adjective' | 'describe' | 'unknown' | 'coref';
  /** Lower-case head noun ('ministry', 'secretary') that a later 'the ministry' can point back to; a bare office's words ('foreign minister'). */
  head?: string;
  /** An agent whose country is the article's main one ('rebels' in an article about Syria). */
  contextSector?: string;
  describes?: string;
  corefOf?: FoundMention;
}
