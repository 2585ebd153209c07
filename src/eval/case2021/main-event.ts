import type { AnalysedDocument } from '../../stages/run-pipeline.js';
import type { PloverType, AcledSubtype, NonAcledClass } from '../../model/event-types.js';
import type { Participant } from '../../model/event-record.js';

/**
 * The one event an evaluation that wants a single label per text reads: the record (or, while the
 * records stage gives none, the event mention) with the highest confidence; ties go to the earliest.
 * Example: { type: 'ASSAULT', acled: 'Air/drone strike', actors: [...], recipients: [...], confidence: 0.8, start: 12 }
 */
export interface MainEvent {
  type: PloverType;
  mode?: string;
  acled?: AcledSubtype;
  otherClass?: NonAcledClass;
  actors: Participant[];
  recipients: Participant[];
  confidence: number;
  start: number;
  /** 'events' when it came from the records, 'eventMentions' when from the fallback. */
  from: 'events' | 'eventMentions';
}

/** The main event of an analysed document, or undefined when it has none. */
export function mainEvent(analysed: AnalysedDocument): MainEvent | undefined {
  const records = analysed.layers.events ?? [];
  const candidates: MainEvent[] = records.length
    ? records.map((r) => ({ ...pick(r), start: r.trigger?.start ?? r.evidence[0]?.start ?? 0, from: 'events' as const }))
    : (analysed.layers.eventMentions ?? []).map((m) => ({ ...pick(m), start: m.trigger.start, from: 'eventMentions' as const }));
  let best: MainEvent | undefined;
  for (const c of candidates) if (!best || c.confidence > best.confidence || (c.confidence === best.confidence && c.start < best.start)) best = c;
  return best;
}

function pick(e: { type: PloverType; mode?: string; acled?: AcledSubtype; otherClass?: NonAcledClass; actors: Participant[]; recipients: Participant[]; confidence: number }) {
  return { type: e.type, mode: e.mode, acled: e.acled, otherClass: e.otherClass, actors: e.actors, recipients: e.recipients, confidence: e.confidence };
}
