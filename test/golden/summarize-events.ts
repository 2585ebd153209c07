import type { EventRecord } from '../../src/model/event-record.js';
import type { Figure } from '../../src/model/fatalities.js';

const figure = (f: Figure) => (f.high === null ? `>=${f.low}` : f.low === f.high ? `${f.low}` : `${f.low}-${f.high}`) + (f.vague ? ` (${f.vague})` : '');

/**
 * A compact, reviewable view of a document's events for golden files: what a reviewer checks
 * (type, who, whom, when, where, factuality, sources, figures, the words it came from), not ids.
 */
export function summarizeEvents(text: string, events: readonly EventRecord[]): unknown[] {
  return events.map((e) => ({
    type: `${e.type}${e.mode ? '/' + e.mode : ''}`,
    acled: e.acled ?? e.otherClass ?? null,
    trigger: e.triggerText,
    actors: e.actors.map((p) => `${p.text}=${p.actor?.code ?? '?'}`),
    recipients: e.recipients.map((p) => `${p.text}=${p.actor?.code ?? '?'}`),
    time: e.time ? (e.time.start ? `${e.time.start}..${e.time.end} ${e.time.precision}` : `unresolved ${e.time.month ?? '?'}-${e.time.day ?? '?'}`) : null,
    place: e.place ? `${e.place.place.name}, ${e.place.place.country ?? '-'} (${e.place.place.precision})` : null,
    ...(e.otherPlaces ? { otherPlaces: e.otherPlaces.map((p) => `${p.place.name}, ${p.place.country ?? '-'} (${p.place.precision})`) } : {}),
    // A record told in parts: each part's words and the places of its own phrase.
    ...(e.parts ? { parts: e.parts.map((p) => `${p.triggerText}: ${p.places.map((x) => x.place.name).join('; ') || '-'}`) } : {}),
    factuality: e.factuality,
    sources: e.attribution.map((s) => s.name),
    killed: Object.fromEntries(Object.entries(e.fatalities ?? {}).map(([k, v]) => [k, (v ?? []).map(figure)])),
    evidence: e.evidence.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 160)),
  }));
}
