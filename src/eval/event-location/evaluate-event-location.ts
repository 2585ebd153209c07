import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Span } from '../../model/span.js';
import { spansOverlap, spanContains } from '../../model/span.js';
import { makeDocument } from '../../readers/make-document.js';
import { runPipeline } from '../../stages/run-pipeline.js';

/**
 * The event-location figures (ahalterman/event_location, MIT): for each gold VERB, the places
 * sitrep links to the event at that verb, against the gold LOCATION spans; a predicted span is
 * right when it overlaps a gold one. n counts gold verbs.
 * Example: { precision: 0.86, recall: 0.81, f1: 0.83, n: 9686, sentences: 9686 }
 */
export interface EventLocationResult {
  precision: number;
  recall: number;
  f1: number;
  n: number;
  sentences: number;
  predicted: number;
  gold_locations: number;
  /** Gold verbs at which sitrep found no event at all. */
  verbs_without_event: number;
}

interface Line {
  text: string;
  spans: { start: number; end: number; label: string }[];
}

/**
 * The places sitrep gives the event at a verb: the place of each record whose trigger overlaps
 * the verb, or (when none does) of the record whose evidence holds the verb.
 */
export function placesAtVerb(events: ReturnType<typeof runPipeline>['layers']['events'], verb: Span): { found: boolean; places: Span[] } {
  let hits = events.filter((e) => spansOverlap(e.trigger, verb));
  if (hits.length === 0) hits = events.filter((e) => e.evidence.some((span) => spanContains(span, verb)));
  return { found: hits.length > 0, places: hits.flatMap((e) => (e.place ? [e.place.evidence] : [])) };
}

export async function evaluateEventLocation(file: string, options: { limit?: number; onProgress?: (done: number, total?: number) => void } = {}): Promise<EventLocationResult> {
  let sentences = 0, n = 0, predicted = 0, predictedRight = 0, goldLocations = 0, goldFound = 0, withoutEvent = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    if (options.limit !== undefined && sentences >= options.limit) break;
    const line = JSON.parse(raw) as Line;
    sentences++;
    const { document } = makeDocument(line.text, { language: 'en' }, `${file}:${sentences}`);
    const { layers } = runPipeline(document);
    const gold = line.spans.filter((s) => s.label === 'LOCATION');
    for (const verb of line.spans.filter((s) => s.label === 'VERB')) {
      n++;
      const { found, places } = placesAtVerb(layers.events, verb);
      if (!found) withoutEvent++;
      predicted += places.length;
      predictedRight += places.filter((p) => gold.some((g) => spansOverlap(p, g))).length;
      goldLocations += gold.length;
      goldFound += gold.filter((g) => places.some((p) => spansOverlap(p, g))).length;
    }
    if (sentences % 200 === 0) options.onProgress?.(sentences);
  }
  const precision = predicted ? predictedRight / predicted : 0;
  const recall = goldLocations ? goldFound / goldLocations : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, n, sentences, predicted, gold_locations: goldLocations, verbs_without_event: withoutEvent };
}

export function formatEventLocationTable(r: EventLocationResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `event-location: ${r.sentences} sentences, ${r.n} gold verbs, ${r.gold_locations} gold locations`,
    `precision ${pct(r.precision)}   recall ${pct(r.recall)}   F1 ${pct(r.f1)}   (Halterman 2019: about 83%)`,
    `places predicted ${r.predicted}; verbs where sitrep found no event ${r.verbs_without_event}`,
  ].join('\n');
}
