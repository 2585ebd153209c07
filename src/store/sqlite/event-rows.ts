import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Fatalities } from '../../model/fatalities.js';
import type { Span } from '../../model/span.js';
import type { AnalysisMeta } from '../store.js';
import { searchKey } from './fold-for-search.js';

type Row = Record<string, string | number | null>;

/**
 * The rows one EventRecord becomes: its column copy for filtering, plus the actors, further places, evidence
 * spans (unless `withEvidence` is false), attribution chain and casualty figures as child rows. The record itself stays whole
 * in events.record; these rows are derived from it and never read back to rebuild it.
 */
export function eventRows(event: EventRecord, meta: AnalysisMeta, withEvidence = true): {
  event: Row; actors: Row[]; places: Row[]; evidence: Row[]; sources: Row[]; casualties: Row[];
} {
  const eventId = event.id;
  const place = event.place;
  const evidence: Row[] = [];
  // SQLite derives these rows in a view (migration 5); PostgreSQL stores them.
  const addSpan = withEvidence
    ? (field: string, position: number, span: Span) => void evidence.push({ eventId, field, position, start: span.start, end: span.end })
    : () => undefined;

  addSpan('trigger', 0, event.trigger);
  event.evidence.forEach((span, i) => addSpan('event', i, span));
  event.actors.forEach((p, i) => addSpan('actor', i, p.evidence));
  event.recipients.forEach((p, i) => addSpan('recipient', i, p.evidence));
  if (event.time) addSpan('time', 0, event.time.evidence);
  if (place) addSpan('place', 0, place.evidence);
  // The further places follow the main one (position 0, in the events row).
  const places: Row[] = (event.otherPlaces ?? []).map((p, i) => ({
    eventId, position: i + 1, placeId: p.place.id, name: p.place.name, text: p.text, searchKey: searchKey(p.place.name, p.text),
    country: p.place.country ?? null, lat: p.place.lat ?? null, lon: p.place.lon ?? null, precision: p.place.precision, start: p.evidence.start, end: p.evidence.end,
  }));
  for (const row of places) addSpan('place', row.position as number, { start: row.start as number, end: row.end as number });
  if (event.factualityEvidence) addSpan('factuality', 0, event.factualityEvidence);
  event.attribution.forEach((s, i) => addSpan('source', i, s.span));

  const casualties = [
    ...figureRows(eventId, 'killed', event.fatalities),
    ...figureRows(eventId, 'injured', event.injured),
  ];
  for (const row of casualties) {
    addSpan(`${row.outcome === 'killed' ? 'fatalities' : 'injured'}.${row.category}`, row.position as number,
      { start: row.start as number, end: row.end as number });
  }

  return {
    event: {
      id: eventId,
      documentId: event.documentId,
      type: event.type,
      mode: event.mode ?? null,
      cameo: event.cameo ?? null,
      acled: event.acled ?? null,
      otherClass: event.otherClass ?? null,
      factuality: event.factuality,
      triggerStart: event.trigger.start,
      triggerEnd: event.trigger.end,
      triggerText: event.triggerText,
      timeStart: event.time?.start ?? null,
      timeEnd: event.time?.end ?? event.time?.start ?? null,
      timePrecision: event.time?.precision ?? null,
      placeId: place?.place.id ?? null,
      placeName: place?.place.name ?? null,
      placeText: place?.text ?? null,
      placeKey: place ? searchKey(place.place.name, place.text) : null,
      placeCountry: place?.place.country ?? null,
      lat: place?.place.lat ?? null,
      lon: place?.place.lon ?? null,
      placePrecision: place?.place.precision ?? null,
      confidence: event.confidence,
      // The record's own provenance wins: putMany may carry records made by several versions.
      pipelineVersion: event.provenance?.pipeline ?? meta.pipelineVersion,
      lexiconVersion: event.provenance?.lexicons ?? meta.lexiconVersion,
      record: JSON.stringify(event),
    },
    actors: [
      ...event.actors.map((p, i) => actorRow(eventId, 'actor', i, p)),
      ...event.recipients.map((p, i) => actorRow(eventId, 'recipient', i, p)),
    ],
    places,
    evidence,
    sources: event.attribution.map((s, position) => ({
      eventId, position, name: s.name, kind: s.kind, code: s.code ?? null, start: s.span.start, end: s.span.end,
    })),
    casualties,
  };
}

function actorRow(eventId: string, role: 'actor' | 'recipient', position: number, p: Participant): Row {
  return {
    eventId, role, position,
    actorId: p.actor?.id ?? null,
    code: p.actor?.code?.toUpperCase() ?? null,
    name: p.actor?.name ?? null,
    country: p.actor?.country ?? null,
    text: p.text,
    searchKey: searchKey(p.actor?.name, p.text),
    start: p.evidence.start,
    end: p.evidence.end,
  };
}

function figureRows(eventId: string, outcome: 'killed' | 'injured', figures: Fatalities | undefined): Row[] {
  if (!figures) return [];
  return Object.entries(figures).flatMap(([category, list]) => (list ?? []).map((f, position) => ({
    eventId, outcome, category, position,
    low: f.low, best: f.best, high: f.high, text: f.text, vague: f.vague ?? null,
    start: f.evidence.start, end: f.evidence.end,
  })));
}
