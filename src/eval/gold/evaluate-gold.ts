import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { EventRecord } from '../../model/event-record.js';
import type { Document } from '../../model/document.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { readInput } from '../../readers/read-input.js';
import type { GoldFile } from './gold-types.js';
import { matchEvents } from './match-events.js';
import { checkMustNot, type Violation } from './check-must-not.js';
import { FIELD_NAMES } from './grade-event.js';
import { gradeCompliance, gradesCompliance } from './grade-compliance.js';

/** Figures of one annotated article. */
export interface GoldDocumentResult {
  gold: string;
  events_total: number;
  events_found: number;
  events_correct: number;
  spurious_events: number;
  must_not_violations: number;
  /** Reference verdicts against agreements (required events) and how many sitrep gave; absent when the article states no agreement. */
  compliance?: { total: number; correct: number };
  violations: Violation[];
  /** Per reference event: found by which sitrep event, and which fields were wrong. */
  events: { id: string; optional: boolean; found: boolean; correct: boolean; system?: string; wrong: string[] }[];
  spurious: { id: string; type: string; trigger: string }[];
  missing_evidence: string[];
}

/** What `sitrep eval gold DIR --json` prints (SCHEMA.md), plus per-document detail. */
export interface GoldResult {
  documents: number;
  events_total: number;
  events_found: number;
  events_correct: number;
  spurious_events: number;
  must_not_violations: number;
  precision: number;
  /** SCHEMA.md: present once agreements exist in the annotations. */
  compliance_total?: number;
  compliance_correct?: number;
  fields: Record<(typeof FIELD_NAMES)[number], number>;
  /** null when no found event's annotation gives that key (cameo and acled are optional in SCHEMA.md). */
  extra_fields: { cameo: number | null; acled: number | null; injured: number | null };
  per_document: GoldDocumentResult[];
}

/** Reads a gold file and the article it names, and runs the pipeline on the article. */
export async function analyseGoldArticle(goldPath: string): Promise<{ gold: GoldFile; doc: Document; events: EventRecord[] }> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const articlePath = resolve(dirname(goldPath), gold.document.file);
  const { documents, diagnostics } = await readInput(articlePath, { published: gold.document.published, outlet: gold.document.outlet, language: gold.document.language ?? 'en' });
  const doc = documents[0];
  if (!doc) throw new Error(`${goldPath}: cannot read the article it names (${articlePath}): ${diagnostics.map((d) => d.message).join('; ')}`);
  const { layers } = runPipeline(doc);
  return { gold, doc, events: layers.events };
}

/** Grades sitrep on every NAME.gold.json in a folder, as ../shared/seed/SCHEMA.md defines. */
export async function evaluateGold(dir: string, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<GoldResult> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (files.length === 0) throw new Error(`No NAME.gold.json files in ${dir}: give the folder that holds the reference annotations.`);
  const perDocument: GoldDocumentResult[] = [];
  const fieldRight: Record<string, number> = {};
  const fieldGraded: Record<string, number> = {};
  for (const [i, file] of files.entries()) {
    const { gold, doc, events } = await analyseGoldArticle(join(dir, file));
    const matching = matchEvents(doc.text, gold, events);
    const violations = checkMustNot(doc.text, gold, events, matching);
    const required = gold.events.filter((e) => !e.optional);
    const requiredMatches = matching.matches.filter((m) => !m.gold.optional);
    for (const m of requiredMatches) {
      for (const [name, ok] of Object.entries(m.fields)) {
        if (ok === undefined) continue;
        fieldRight[name] = (fieldRight[name] ?? 0) + (ok ? 1 : 0);
        fieldGraded[name] = (fieldGraded[name] ?? 0) + 1;
      }
    }
    perDocument.push({
      gold: file,
      events_total: required.length,
      events_found: requiredMatches.length,
      events_correct: requiredMatches.filter((m) => m.correct).length,
      spurious_events: matching.spurious.length,
      must_not_violations: violations.length,
      compliance: gradesCompliance(gold) ? gradeCompliance(doc.text, gold, events, matching) : undefined,
      violations,
      events: gold.events.map((g) => {
        const m = matching.matches.find((x) => x.gold.id === g.id);
        return { id: g.id, optional: Boolean(g.optional), found: Boolean(m), correct: Boolean(m?.correct), system: m ? events[m.system].id : undefined,
          wrong: m ? Object.entries(m.fields).filter(([, ok]) => ok === false).map(([k]) => k) : [] };
      }),
      spurious: matching.spurious.map((s) => ({ id: events[s].id, type: events[s].type, trigger: events[s].triggerText })),
      missing_evidence: matching.missingEvidence,
    });
    options.onProgress?.(i + 1, files.length);
  }
  const sum = (key: 'events_total' | 'events_found' | 'events_correct' | 'spurious_events' | 'must_not_violations') => perDocument.reduce((n, d) => n + d[key], 0);
  // Over the found required events whose annotation grades that field (cameo and acled may be left out).
  const share = (name: string) => (fieldGraded[name] ? (fieldRight[name] ?? 0) / fieldGraded[name] : 0);
  const optionalShare = (name: string) => (fieldGraded[name] ? share(name) : null);
  const found = sum('events_found');
  const spurious = sum('spurious_events');
  const graded = perDocument.flatMap((d) => (d.compliance ? [d.compliance] : []));
  const compliance = graded.length === 0 ? {} : {
    compliance_total: graded.reduce((n, c) => n + c.total, 0),
    compliance_correct: graded.reduce((n, c) => n + c.correct, 0),
  };
  return {
    documents: perDocument.length,
    events_total: sum('events_total'),
    events_found: found,
    events_correct: sum('events_correct'),
    spurious_events: spurious,
    must_not_violations: sum('must_not_violations'),
    precision: found + spurious ? found / (found + spurious) : 0,
    ...compliance,
    fields: Object.fromEntries(FIELD_NAMES.map((n) => [n, share(n)])) as GoldResult['fields'],
    extra_fields: { cameo: optionalShare('cameo'), acled: optionalShare('acled'), injured: optionalShare('injured') },
    per_document: perDocument,
  };
}
