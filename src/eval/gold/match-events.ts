import type { EventRecord } from '../../model/event-record.js';
import { spansOverlap, spanContains, type Span } from '../../model/span.js';
import type { GoldEvent, GoldFile } from './gold-types.js';
import { gradeFields, typeCompatible, isCorrect, FIELD_NAMES, type FieldResults } from './grade-event.js';
import { findSpans } from './find-spans.js';
import { assignMaxWeight } from './assign-max-weight.js';

/** One reference event found by a sitrep event. */
export interface Match {
  gold: GoldEvent;
  system: number;
  fields: FieldResults;
  correct: boolean;
}

/** The pairing of one document's sitrep events with its reference events. */
export interface DocumentMatching {
  matches: Match[];
  /** Indexes of sitrep events that found no reference event. */
  spurious: number[];
  /** Reference evidence strings that are not in the text (an annotation error, reported). */
  missingEvidence: string[];
}

function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) if (spansOverlap(x, y)) total += Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return total;
}

/**
 * Pairs sitrep events with reference events one to one (SCHEMA.md): a pair needs overlapping
 * evidence and a compatible type; among the possible pairings, the one that finds the most
 * required events, then the most events, then the most fields right, then the largest overlap.
 * A sitrep event then also finds a reference event `same_as` its match when its evidence overlaps both.
 */
export function matchEvents(text: string, gold: GoldFile, system: readonly EventRecord[]): DocumentMatching {
  const missingEvidence: string[] = [];
  const evidenceOf = gold.events.map((g) => {
    const spans = [g.evidence, ...(g.evidence_also ?? [])].flatMap((e) => {
      const found = findSpans(text, e);
      if (found.length === 0) missingEvidence.push(e);
      return found;
    });
    return spans;
  });
  const furniture = (gold.non_article_spans ?? []).flatMap((s) => findSpans(text, s));
  const inFurniture = system.map((e) => e.evidence.length > 0 && e.evidence.every((span) => furniture.some((f) => spanContains(f, span))));
  const sources = gold.sources ?? [];

  const fieldsCache = new Map<string, FieldResults>();
  const fieldsOf = (s: number, g: number) => {
    const key = `${s}:${g}`;
    let f = fieldsCache.get(key);
    if (!f) fieldsCache.set(key, (f = gradeFields(system[s], gold.events[g], sources, text)));
    return f;
  };
  // Each criterion outweighs the sum of the next over all pairs (at most `pairs`), so the order is strict:
  // required events found, then events found, then fields right, then overlap (capped at 999 characters a pair).
  const pairs = Math.min(system.length, gold.events.length) + 1;
  const FIELD = 1000 * pairs;
  const FOUND = FIELD * (FIELD_NAMES.length + 1) * pairs;
  const REQUIRED = FOUND * (pairs + 1);
  const weights = system.map((event, s) => gold.events.map((g, gi) => {
    if (inFurniture[s] || !typeCompatible(event, g)) return 0;
    const overlap = overlapLength(event.evidence, evidenceOf[gi]);
    if (overlap === 0) return 0;
    const fields = fieldsOf(s, gi);
    // SCHEMA.md's "most fields right" are the eight graded fields; injured, CAMEO and ACLED are extras.
    const right = FIELD_NAMES.filter((name) => fields[name]).length;
    return (g.optional ? 0 : REQUIRED) + FOUND + right * FIELD + Math.min(overlap, 999);
  }));
  const assignment = assignMaxWeight(weights);

  const matches: Match[] = [];
  const taken = new Set<number>();
  assignment.forEach((gi, s) => {
    if (gi < 0) return;
    taken.add(gi);
    const fields = fieldsOf(s, gi);
    matches.push({ gold: gold.events[gi], system: s, fields, correct: isCorrect(fields) });
  });
  // same_as: one sitrep event may find both reference events when its evidence overlaps both.
  for (const match of [...matches]) {
    gold.events.forEach((g, gi) => {
      if (taken.has(gi)) return;
      const linked = g.same_as === match.gold.id || match.gold.same_as === g.id;
      const event = system[match.system];
      if (!linked || !typeCompatible(event, g) || overlapLength(event.evidence, evidenceOf[gi]) === 0) return;
      taken.add(gi);
      const fields = fieldsOf(match.system, gi);
      matches.push({ gold: g, system: match.system, fields, correct: isCorrect(fields) });
    });
  }
  const spurious = system.map((_, s) => s).filter((s) => assignment[s] < 0);
  return { matches, spurious, missingEvidence };
}
