import type { EventRecord } from '../../model/event-record.js';
import { spansOverlap } from '../../model/span.js';
import type { GoldFile } from './gold-types.js';
import type { DocumentMatching } from './match-events.js';
import { findSpans } from './find-spans.js';

/** How many reference verdicts an article has (on required events), and how many sitrep gave. */
export interface ComplianceFigures {
  total: number;
  correct: number;
}

/**
 * SCHEMA.md `compliance`: a required reference event's verdict against an agreement is given when the sitrep
 * event matched to it carries the same verdict against an agreement stated by overlapping words
 * (the reference agreement's evidence; any agreement when the annotation gives it none).
 */
export function gradeCompliance(text: string, gold: GoldFile, system: readonly EventRecord[], matching: DocumentMatching): ComplianceFigures {
  let total = 0;
  let correct = 0;
  for (const event of gold.events) {
    if (event.optional || !event.compliance) continue;
    total += 1;
    const match = matching.matches.find((m) => m.gold === event);
    if (!match) continue;
    const agreement = (gold.agreements ?? []).find((a) => a.id === event.compliance?.agreement);
    const evidence = [agreement?.evidence ?? []].flat().flatMap((words) => findSpans(text, words));
    const given = (system[match.system].compliance ?? []).some((v) => v.verdict === event.compliance?.verdict
      && (evidence.length === 0 || v.agreement.evidence.some((span) => evidence.some((e) => spansOverlap(span, e)))));
    if (given) correct += 1;
  }
  return { total, correct };
}

/** SCHEMA.md prints the compliance figures "once agreements exist": when an annotation states one or grades a verdict. */
export function gradesCompliance(gold: GoldFile): boolean {
  return (gold.agreements ?? []).length > 0 || gold.events.some((e) => e.compliance);
}
