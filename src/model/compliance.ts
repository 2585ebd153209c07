import type { Span } from './span.js';

/** A verdict of an event against a ceasefire or truce, in SCHEMA.md's words. */
export type Verdict = 'violation' | 'not a violation' | 'undetermined';

/**
 * One event checked against one agreement the article states.
 * Example: { agreement: { name: 'cessation of hostilities', evidence: [{…'the cease-fire'}] },
 *            verdict: 'not a violation', reason: 'the targets are excluded groups' }
 */
export interface ComplianceVerdict {
  /** The agreement as the article states it: its name and the spans that state it. */
  agreement: { name: string; evidence: Span[] };
  verdict: Verdict;
  /** Why, in words a monitor would write. */
  reason: string;
}
