import type { Span } from './span.js';

/** What kind of party an actor is. */
export type ActorKind = 'state' | 'government' | 'military' | 'police' | 'person' | 'armed-group' | 'rebels'
  | 'igo' | 'ngo' | 'media' | 'civilians' | 'party' | 'business' | 'other';

/** The kinds of party that bear arms: a state's forces and police, armed groups, rebels. */
export const FIGHTING_KINDS: ReadonlySet<string> = new Set<ActorKind>(['military', 'police', 'armed-group', 'rebels']);

/**
 * An entry of sitrep's actor dictionary, as resolved for one mention.
 * Example: { id: 'sergei-lavrov', name: 'Sergei Lavrov', code: 'RUSGOV', kind: 'person', country: 'RU', role: 'Foreign Minister' }
 */
export interface ActorRef {
  /** Stable dictionary id (kebab-case). */
  id: string;
  name: string;
  /** CAMEO-style code: USAGOV, RUSMIL, SYRREB, IMGMUSISI, CVL … */
  code: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the actor's state, when it has one. */
  country?: string;
  /** The office that gives the code, for people: 'Secretary of State'. */
  role?: string;
}

/**
 * An actor named in the text.
 * Example: { span: {…'John Kerry'}, text: 'John Kerry', actor: {…} }
 * Unknown proper-noun sequences ('Abu Ahmed') become mentions with no `actor`: unresolved, not nothing.
 */
export interface ActorMention {
  span: Span;
  text: string;
  actor?: ActorRef;
  confidence: number;
  /** A later short mention ('Kerry', 'the ministry') linked to an earlier full one. */
  corefOf?: number;
  /**
   * What an unresolved mention describes, from data/lexicons/agents.tsv: 'anonymous-source'
   * ('a source familiar with the negotiations'), 'armed-men' ('gunmen'), 'militants'.
   */
  describes?: string;
}
