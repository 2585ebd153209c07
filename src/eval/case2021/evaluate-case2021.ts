import { createHash } from 'node:crypto';
import type { Document } from '../../model/document.js';
import { ACLED_SUBTYPES } from '../../model/event-types.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { caseLabelOf, CASE_LABELS } from '../../stages/extract-events/case-labels.js';
import { readSnippets } from './read-snippets.js';
import { f1Scores, type F1Scores } from './f1-scores.js';
import { mainEvent } from './main-event.js';

/** The 25 ACLED labels (subtask 1) and the three labels subtask 2 adds. */
const ACLED_LABELS = new Set(CASE_LABELS.filter((l) => l.acled && (ACLED_SUBTYPES as readonly string[]).includes(l.acled)).map((l) => l.label));
const SUBTASK2_EXTRA = new Set(['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER']);

/** One snippet's outcome. Example: { id: '4', gold: 'NON_STATE_ACTOR_OVERTAKES_TER', predicted: 'ARMED_CLASH', rule: 'trigger:recapture' } */
export interface Case2021Prediction {
  id: string;
  gold: string;
  predicted: string;
  rule?: string;
}

/**
 * What evaluateCase2021 measures: F1 for the three subtasks, the confusion counts (gold → predicted → n),
 * every prediction, where the labels came from, and the time per snippet.
 */
export interface Case2021Result {
  subtask1: F1Scores;
  subtask2: F1Scores;
  subtask3: F1Scores;
  n: number;
  confusion: Record<string, Record<string, number>>;
  predictions: Case2021Prediction[];
  /** 'events' when the records stage gave the labels; 'eventMentions' when the adapter fell back to the mentions. */
  labelSource: 'events' | 'eventMentions' | 'none';
  msPerSnippet: number;
}

/** Options: read only the first `limit` snippets; `onProgress(done, total)` after each one. */
export interface Case2021Options {
  limit?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The CASE label sitrep gives a text: its main event's ACLED sub-event type or class; no event is OTHER. */
export function labelText(text: string): { label: string; rule?: string; from: Case2021Result['labelSource'] } {
  const contentHash = createHash('sha256').update(text).digest('hex');
  const doc: Document = { id: 'doc_' + contentHash.slice(0, 16), contentHash, text, language: 'en' };
  const analysed = runPipeline(doc);
  const main = mainEvent(analysed);
  if (!main) return { label: 'OTHER', from: 'none' };
  const mention = analysed.layers.eventMentions.find((m) => m.trigger.start === main.start);
  return { label: caseLabelOf(main.acled, main.otherClass), rule: mention?.rule, from: main.from };
}

/**
 * Runs the full pipeline on every snippet of a CASE 2021 task 2 file and scores the labels it gives.
 * Subtask 1 scores the rows whose gold is one of the 25 ACLED types, subtask 2 adds organised crime and
 * the two disaster classes, subtask 3 scores every row; a prediction of any label counts in each.
 */
export async function evaluateCase2021(file: string, options: Case2021Options = {}): Promise<Case2021Result> {
  const snippets = readSnippets(file).slice(0, options.limit ?? Infinity);
  const predictions: Case2021Prediction[] = [];
  const confusion: Record<string, Record<string, number>> = {};
  const sources = new Set<Case2021Result['labelSource']>();
  const started = performance.now();
  for (const [i, snippet] of snippets.entries()) {
    const { label, rule, from } = labelText(snippet.text);
    sources.add(from);
    predictions.push({ id: snippet.id, gold: snippet.label, predicted: label, rule });
    confusion[snippet.label] ??= {};
    confusion[snippet.label][label] = (confusion[snippet.label][label] ?? 0) + 1;
    options.onProgress?.(i + 1, snippets.length);
    // Let a caller's progress output and timers run between snippets.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  const elapsed = performance.now() - started;
  const subset = (keep: (gold: string) => boolean) => f1Scores(predictions.filter((p) => keep(p.gold)));
  return {
    subtask1: subset((g) => ACLED_LABELS.has(g)),
    subtask2: subset((g) => ACLED_LABELS.has(g) || SUBTASK2_EXTRA.has(g)),
    subtask3: subset(() => true),
    n: predictions.length,
    confusion,
    predictions,
    labelSource: sources.has('events') ? 'events' : sources.has('eventMentions') ? 'eventMentions' : 'none',
    msPerSnippet: predictions.length ? elapsed / predictions.length : 0,
  };
}
