import { readFileSync } from 'node:fs';
import type { PloverType } from '../../model/event-types.js';

/**
 * One PLOVER gold-standard record, with its old-draft label mapped to the 16-type ontology.
 * Example: { id: 'PLOVER-GSR01-AGREE-0001', text: 'Senior Hungarian and Romanian officials agreed …', type: 'AGREE',
 *            sources: [{ text: 'Hungarian', code: 'HUN', full: 'HUNGOV' }], targets: [] }
 */
export interface PloverRecord {
  id: string;
  text: string;
  type: PloverType;
  mode?: string;
  sources: PloverParty[];
  targets: PloverParty[];
}

/** A source or target actor: its text, its country-level code, and the code with its sector. */
export interface PloverParty {
  text: string;
  code: string;
  full: string;
}

// The GSR comes from an older PLOVER draft; its labels map onto draft 2.0 so.
const OLD_LABELS: Record<string, { type: PloverType; mode?: string }> = {
  DEMAND: { type: 'REQUEST' },
  DISAPPROVE: { type: 'ACCUSE', mode: 'disapprove' },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' },
  FIGHT: { type: 'ASSAULT' },
};

function parties(value: unknown): PloverParty[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p) => p && typeof p === 'object' && p.code).map((p) => ({
    text: String(p.actorText ?? ''), code: String(p.code), full: String(p.code) + String(p.sector ?? ''),
  }));
}

/** Reads records.json, skipping the documentation record(s) and any record without text. */
export function readPloverRecords(file: string): PloverRecord[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  return raw.filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string').map((r) => {
    const mapped = OLD_LABELS[String(r.event)] ?? { type: String(r.event) as PloverType };
    return { id: String(r.id), text: String(r.text), type: mapped.type, mode: mapped.mode, sources: parties(r.source), targets: parties(r.target) };
  });
}
