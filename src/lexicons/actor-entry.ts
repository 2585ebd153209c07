import type { ActorKind, ActorRef } from '../model/actor.js';

/**
 * One row of the actor dictionary (data/lexicons/actors-*.tsv): one actor with one code over one
 * date range. Rows of one actor share its id (John Kerry: USALEG until 2013-02-01, then USAGOV).
 * Example: { id: 'sergey-lavrov', name: 'Sergei Lavrov', code: 'RUSGOV', kind: 'person', country: 'RU',
 *            role: 'Foreign Minister', from: '2004-03-09', aliases: ['Lavrov'], tags: [], source: 'sitrep' }
 */
export interface ActorEntry extends ActorRef {
  /** ISO date the code starts to hold; absent: always. */
  from?: string;
  /** ISO date it stops holding (exclusive); absent: still holds. */
  to?: string;
  aliases: string[];
  tags: string[];
  source: string;
}

const KINDS = new Set<string>(['state', 'government', 'military', 'police', 'person', 'armed-group', 'rebels', 'igo', 'ngo', 'media', 'civilians', 'party', 'business', 'other']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads one TSV row; throws with the file and line when the row is malformed, since a bad lexicon is a bug. */
export function actorEntryFromRow(row: Record<string, string> & { line: number }, file: string): ActorEntry {
  const where = `${file}:${row.line}`;
  if (!row.id || !row.name || !row.code) throw new Error(`${where}: an actor row needs id, name and code; fill them in or delete the row.`);
  if (!KINDS.has(row.kind)) throw new Error(`${where}: kind "${row.kind}" is not an ActorKind (src/model/actor.ts); use one of ${[...KINDS].join(', ')}.`);
  for (const d of [row.valid_from, row.valid_to]) {
    if (d && !DATE.test(d)) throw new Error(`${where}: date "${d}" must be YYYY-MM-DD.`);
  }
  const entry: ActorEntry = {
    id: row.id, name: row.name, code: row.code, kind: row.kind as ActorKind,
    aliases: row.aliases ? row.aliases.split('|').filter(Boolean) : [],
    tags: row.tags ? row.tags.split('|').filter(Boolean) : [],
    source: row.source ?? '',
  };
  if (row.country) entry.country = row.country;
  if (row.role) entry.role = row.role;
  if (row.valid_from) entry.from = row.valid_from;
  if (row.valid_to) entry.to = row.valid_to;
  return entry;
}

/** True when the entry's code holds on the ISO date `day`. */
export function entryHoldsOn(entry: ActorEntry, day: string): boolean {
  return (!entry.from || entry.from <= day) && (!entry.to || day < entry.to);
}
