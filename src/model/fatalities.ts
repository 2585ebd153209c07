import type { Span } from './span.js';

/** Casualty categories; children and women are subsets of civilians, never added on top. */
export type CasualtyCategory = 'civilian' | 'children' | 'women' | 'fighters' | 'unspecified';

/**
 * One figure: low / best / high, with the words it came from.
 * Example ('at least 16'): { low: 16, best: 16, high: null, evidence: {…}, text: 'at least 16' }
 * Example ('dozens', vague): { low: 12, best: 12, high: null, vague: 'dozens', … }  (the convention: data/lexicons/vague-quantities.tsv)
 * `high: null` means open-ended.
 */
export interface Figure {
  low: number;
  best: number;
  high: number | null;
  text: string;
  evidence: Span;
  /** The vague word the number stands for, when there was no numeral. */
  vague?: string;
  approximate?: boolean;
}

/**
 * A casualty statement in the text.
 * Example ('Three children were among at least 19 civilians killed'):
 *   two mentions: { outcome: 'killed', category: 'civilian', figure: {low 19…} } and { outcome: 'killed', category: 'children', figure: {low 3…} }
 */
export interface CasualtyMention {
  outcome: 'killed' | 'injured';
  category: CasualtyCategory;
  figure: Figure;
  /** The verb or noun that says what happened: 'killed', 'dead', 'death toll', 'wounded'. */
  trigger: Span;
  sentence: number;
}

/** Per-category figures of one event; several conflicting figures are all kept. */
export type Fatalities = Partial<Record<CasualtyCategory, Figure[]>>;
