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

/**
 * A FoundMention with every field set, always in the same order (undefined where a mention has no such
 * field): V8 gives every mention one shape, so the passes that read mentions found by different finders
 * (linkCoreference, linkLostPossessives, extendTitles…) are not deoptimised by a shape first met late.
 * Example: foundMention(4, 6, ref, 0.8, 'agent', 'military') → { start: 4, end: 6, actor: ref, confidence: 0.8, source: 'agent', head: 'military', contextSector: undefined, describes: undefined, corefOf: undefined }
 */
export function foundMention(start: number, end: number, actor: ActorRef | undefined, confidence: number, source: FoundMention['source'],
  head?: string, contextSector?: string, describes?: string, corefOf?: FoundMention): FoundMention {
  return { start, end, actor, confidence, source, head, contextSector, describes, corefOf };
}
