import type { EventRecord, Participant } from '../../src/model/event-record.js';
import type { PlaceRef } from '../../src/model/place.js';

/** A sitrep event whose evidence is the first occurrence of `evidence` in `text`. */
export function recordAt(text: string, evidence: string, fields: Partial<EventRecord> = {}): EventRecord {
  const start = text.indexOf(evidence);
  if (start < 0) throw new Error(`fixture: "${evidence}" is not in the text`);
  const span = { start, end: start + evidence.length };
  return {
    id: `ev_test_${start}`, documentId: 'doc_test', type: 'ASSAULT', trigger: span, triggerText: evidence,
    actors: [], recipients: [], factuality: 'asserted', attribution: [], evidence: [span], confidence: 0.9,
    provenance: { pipeline: 'test', lexicons: 'test' }, ...fields,
  };
}

export function actor(code: string, text = code): Participant {
  return { text, evidence: { start: 0, end: 1 }, actor: { id: code.toLowerCase(), name: text, code, kind: 'state' } };
}

export function unresolved(text: string): Participant {
  return { text, evidence: { start: 0, end: 1 } };
}

export const ALEPPO: PlaceRef = { id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.2021, lon: 37.1343, precision: 'locality' };
export const SYRIA: PlaceRef = { id: 'country:SY', name: 'Syria', country: 'SY', lat: 35, lon: 38, precision: 'country' };
export const MOSCOW: PlaceRef = { id: 'geonames:524901', name: 'Moscow', country: 'RU', admin1: 'Moscow', lat: 55.7522, lon: 37.6156, precision: 'locality' };
