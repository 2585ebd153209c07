import type { Span } from './span.js';

/** What kind of source a claim comes from. */
export type SourceKind = 'outlet' | 'anonymous' | 'official' | 'government' | 'military' | 'monitor' | 'organisation'
  | 'armed-group' | 'witness' | 'person' | 'unknown';

/**
 * One source of a claim, as the text names it.
 * Example: { name: 'Izvestia', kind: 'outlet', span: {…}, code: undefined }
 */
export interface SourceRef {
  name: string;
  kind: SourceKind;
  span: Span;
  /** Actor code when the source is also a known actor ('Kerry' -> USAGOV). */
  code?: string;
  /**
   * For an anonymous source, the name of the body the text says it belongs to ('many officials in the
   * State Department …; according to the interlocutor of the newspaper'): `code` is then that body's.
   */
  affiliation?: Span;
}

/**
 * Who says what: a cue, the content it covers, and the chain of sources, innermost first.
 * Example ("About it the newspaper Izvestia said a source familiar with the negotiations"):
 *   { cue: {…'said'}, content: {…the previous sentence…}, chain: [anonymous source, Izvestia] }
 */
export interface Attribution {
  cue: Span;
  /** The lemma of the cue: 'say', 'according to', 'cite', 'report', 'deny' … */
  cueWord: string;
  /** The text whose truth the sources vouch for. */
  content: Span;
  /** Innermost first: the source closest to the claim, then whoever relays it. */
  chain: SourceRef[];
  /** The cue denies rather than asserts ('denied', 'rejected reports'). */
  denial: boolean;
}
