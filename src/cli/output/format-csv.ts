import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Figure } from '../../model/fatalities.js';

/** The CSV columns, one event a row; lists inside a cell are joined with '; '. other_places: 'Homs (SY); Beirut (LB)'. */
export const CSV_COLUMNS = [
  'id', 'document_id', 'type', 'mode', 'cameo', 'acled', 'other_class', 'trigger', 'time_start', 'time_end', 'time_precision', 'time_inferred',
  'actor_codes', 'actor_names', 'recipient_codes', 'recipient_names', 'place', 'country', 'admin1', 'lat', 'lon', 'place_precision',
  'factuality', 'attribution', 'civilians_low', 'civilians_high', 'children_low', 'women_low', 'fighters_low', 'unspecified_low', 'unspecified_high',
  'injured_low', 'evidence_start', 'evidence_end', 'confidence', 'pipeline_version', 'lexicon_version', 'other_places',
] as const;

function quote(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const low = (figures: Figure[] | undefined) => (figures?.length ? Math.min(...figures.map((f) => f.low)) : '');
const high = (figures: Figure[] | undefined) => (figures?.length ? (figures.some((f) => f.high === null) ? '' : Math.max(...figures.map((f) => f.high ?? 0))) : '');
const codes = (ps: Participant[]) => ps.map((p) => p.actor?.code ?? '').join('; ');
const names = (ps: Participant[]) => ps.map((p) => p.actor?.name ?? p.text).join('; ');

/** Events as RFC 4180 CSV with a header row: the lowest figure of each category, an empty high when open-ended. */
export function formatEventCsv(events: readonly EventRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const f = e.fatalities ?? {};
    const injured = Object.values(e.injured ?? {}).flat();
    const row = [
      e.id, e.documentId, e.type, e.mode, e.cameo, e.acled, e.otherClass, e.triggerText, e.time?.start, e.time?.end, e.time?.precision, e.time?.inferred.join('; '),
      codes(e.actors), names(e.actors), codes(e.recipients), names(e.recipients),
      e.place?.place.name, e.place?.place.country, e.place?.place.admin1, e.place?.place.lat, e.place?.place.lon, e.place?.place.precision,
      e.factuality, e.attribution.map((s) => s.name).join('; '), low(f.civilian), high(f.civilian), low(f.children), low(f.women), low(f.fighters), low(f.unspecified), high(f.unspecified),
      injured.length ? Math.max(...injured.map((x) => x.low)) : '', e.evidence[0]?.start, e.evidence[0]?.end, e.confidence.toFixed(2), e.provenance.pipeline, e.provenance.lexicons,
      (e.otherPlaces ?? []).map((p) => `${p.place.name}${p.place.country ? ` (${p.place.country})` : ''}`).join('; '),
    ];
    rows.push(row.map(quote).join(','));
  }
  return rows.join('\n');
}
