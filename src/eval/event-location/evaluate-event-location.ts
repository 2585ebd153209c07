import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Span } from '../../model/span.js';
import type { EventRecord } from '../../model/event-record.js';
import { spansOverlap, spanContains } from '../../model/span.js';
import { makeDocument } from '../../readers/make-document.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { wordPositions } from './word-positions.js';

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
  /** Gold LOCATION spans written as word positions and read as such (see anchorLocation). */
  reanchored_locations: number;
  /** Gold LOCATION spans that fit neither reading: counted as gold places sitrep missed. */
  unanchored_locations: number;
}

/**
 * A gold LOCATION span on the text. About one span in eight of the file counts words, not characters
 * (`{start: 15, end: 15}` is the 16th word, 'Algiers'; the VERB spans of those lines are characters), as its
 * annotation tool cut them (wordPositions: punctuation, clitics and hyphens are words of their own): a span that is
 * empty or cuts a word is read as word positions (end one past the last word, or equal to the start for one word).
 * Undefined when neither reading fits.
 * Example: anchorLocation('In the city of Mosul, gunmen shot', { start: 4, end: 4 }) → { start: 14, end: 19 } ('Mosul')
 */
export function anchorLocation(text: string, span: { start: number; end: number }): { span: Span; reanchored: boolean } | undefined {
  const slice = text.slice(span.start, span.end);
  const cutsWord = (at: number) => at > 0 && at < text.length && /\w/.test(text[at - 1]) && /\w/.test(text[at]);
  if (span.end > span.start && /\p{L}/u.test(slice) && !cutsWord(span.start) && !cutsWord(span.end)) return { span, reanchored: false };
  const words = wordPositions(text);
  // Word positions end one past the last word ({7, 8} is the 8th word), or repeat the start ({15, 15}).
  const last = span.end > span.start ? span.end - 1 : span.start;
  if (last >= words.length) return undefined;
  const anchored = { start: words[span.start].start, end: words[last].end };
  return anchored.end > anchored.start ? { span: anchored, reanchored: true } : undefined;
}

interface Line {
  text: string;
  spans: { start: number; end: number; label: string }[];
}

/**
 * The places sitrep gives the event at a verb: the places (main and further) of each record whose trigger overlaps
 * the verb, or (when none does) of the record whose evidence holds the verb. A record told in parts ('launched an
 * offensive in A, targeting B') gives the places of the part at the verb: the part its trigger names, else the
 * narrowest part that holds the verb. A verb that is the cue of an attribution ('officials said the strike hit A') is
 * the act of saying, which sitrep reads as who says so: it gets the record only when it is that record's trigger.
 */
export function placesAtVerb(events: readonly EventRecord[], verb: Span, cues: readonly Span[] = []): { found: boolean; places: Span[] } {
  let hits = events.filter((e) => spansOverlap(e.trigger, verb));
  if (hits.length === 0 && !cues.some((c) => spansOverlap(c, verb))) hits = events.filter((e) => e.evidence.some((span) => spanContains(span, verb)));
  return { found: hits.length > 0, places: hits.flatMap((e) => placesOf(e, verb)) };
}

function placesOf(e: EventRecord, verb: Span): Span[] {
  if (!e.place) return [];
  if (!e.parts?.length) return [e.place.evidence, ...(e.otherPlaces ?? []).map((p) => p.evidence)];
  const width = (s: Span) => s.end - s.start;
  const part = e.parts.find((p) => spansOverlap(p.trigger, verb))
    ?? e.parts.filter((p) => spanContains(p.evidence, verb)).sort((a, b) => width(a.evidence) - width(b.evidence))[0] ?? e.parts[0];
  return part.places.map((p) => p.evidence);
}

export async function evaluateEventLocation(file: string, options: { limit?: number; onProgress?: (done: number, total?: number) => void } = {}): Promise<EventLocationResult> {
  let sentences = 0, n = 0, predicted = 0, predictedRight = 0, goldLocations = 0, goldFound = 0, withoutEvent = 0, reanchored = 0, unanchored = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    if (options.limit !== undefined && sentences >= options.limit) break;
    const line = JSON.parse(raw) as Line;
    sentences++;
    const { document } = makeDocument(line.text, { language: 'en' }, `${file}:${sentences}`);
    const { layers } = runPipeline(document);
    const gold: Span[] = [];
    // A span that fits no reading still counts as a gold place sitrep did not find (recall is not flattered).
    let lost = 0;
    for (const s of line.spans.filter((x) => x.label === 'LOCATION')) {
      const anchored = anchorLocation(line.text, s);
      if (!anchored) { unanchored++; lost++; continue; }
      if (anchored.reanchored) reanchored++;
      gold.push(anchored.span);
    }
    for (const verb of line.spans.filter((s) => s.label === 'VERB')) {
      n++;
      const { found, places } = placesAtVerb(layers.events, verb, (layers.attributions ?? []).map((a) => a.cue));
      if (!found) withoutEvent++;
      predicted += places.length;
      predictedRight += places.filter((p) => gold.some((g) => spansOverlap(p, g))).length;
      goldLocations += gold.length + lost;
      goldFound += gold.filter((g) => places.some((p) => spansOverlap(p, g))).length;
    }
    if (sentences % 200 === 0) options.onProgress?.(sentences);
  }
  const precision = predicted ? predictedRight / predicted : 0;
  const recall = goldLocations ? goldFound / goldLocations : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, n, sentences, predicted, gold_locations: goldLocations, verbs_without_event: withoutEvent, reanchored_locations: reanchored, unanchored_locations: unanchored };
}

export function formatEventLocationTable(r: EventLocationResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `event-location: ${r.sentences} sentences, ${r.n} gold verbs, ${r.gold_locations} gold locations`,
    `precision ${pct(r.precision)}   recall ${pct(r.recall)}   F1 ${pct(r.f1)}   (Halterman 2019: about 83%)`,
    `places predicted ${r.predicted}; verbs where sitrep found no event ${r.verbs_without_event}`,
    `gold locations written as word positions and re-anchored ${r.reanchored_locations}; unusable ${r.unanchored_locations}`,
  ].join('\n');
}
