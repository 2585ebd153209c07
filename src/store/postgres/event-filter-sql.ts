import type { EventFilter, ActorFilter } from '../store.js';
import { foldForSearch } from '../sqlite/fold-for-search.js';
import type { SqlParams } from './sql-params.js';
import { tsQuerySql } from './text-search-query.js';

/**
 * The WHERE clause of an EventFilter, over `events e` (joined to `documents d` when it has a text filter: needsDocuments), its values added to `params`.
 * Example: { type: ['ASSAULT'], country: 'sy' } -> 'e.type IN ($1) AND e.place_country = $2' with ['ASSAULT', 'SY']
 */
export function eventFilterSql(filter: EventFilter, params: SqlParams): string {
  const clauses: string[] = [];

  for (const bound of ['from', 'to'] as const) {
    const value = filter[bound];
    if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new Error(`EventFilter.${bound} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}".`);
    }
  }
  // Closed intervals of days overlap when each starts before the other ends. A partial upper
  // bound ('2016', '2016-07') gets a '~', which sorts after every digit and '-' in the "C"
  // collation of these columns, so it covers its whole year or month.
  if (filter.from) clauses.push(`e.time_end >= ${params.add(filter.from)}`);
  if (filter.to) clauses.push(`e.time_start <= ${params.add(filter.to.length < 10 ? `${filter.to}~` : filter.to)}`);
  addAnyOf('e.type', filter.type);
  addAnyOf('e.acled', filter.acled);
  addAnyOf('e.factuality', filter.factuality);
  // An event is in a country or a place when any of its places is ('in Aleppo and Beirut' is in Lebanon too).
  if (filter.country) {
    const country = params.add(filter.country.toUpperCase());
    clauses.push(`(e.place_country = ${country} OR e.id IN (SELECT event_id FROM event_places WHERE country = ${country}))`);
  }
  if (filter.place) {
    const pattern = params.add(contains(filter.place));
    clauses.push(`(e.place_key LIKE ${pattern} OR e.id IN (SELECT event_id FROM event_places WHERE search_key LIKE ${pattern}))`);
  }
  if (filter.documentId) clauses.push(`e.document_id = ${params.add(filter.documentId)}`);
  for (const actor of actorFilters(filter.actor)) addActor(actor);
  if (filter.text !== undefined) {
    const query = tsQuerySql(filter.text, params);
    if (query) clauses.push(`d.search @@ ${query}`);
  }
  return clauses.length ? clauses.join(' AND ') : 'true';

  function addAnyOf(column: string, value: string | readonly string[] | undefined): void {
    if (value === undefined) return;
    const values = typeof value === 'string' ? [value] : value;
    if (values.length === 0) return;
    clauses.push(`${column} IN (${values.map((v) => params.add(v)).join(', ')})`);
  }

  function addActor(actor: ActorFilter & { either?: string }): void {
    const inner: string[] = [];
    if (actor.role) inner.push(`a.role = ${params.add(actor.role)}`);
    if (actor.either) {
      inner.push(`(a.code LIKE ${params.add(codePrefix(actor.either))} OR a.search_key LIKE ${params.add(contains(actor.either))})`);
    }
    if (actor.code) inner.push(`a.code LIKE ${params.add(codePrefix(actor.code))}`);
    if (actor.name) inner.push(`a.search_key LIKE ${params.add(contains(actor.name))}`);
    if (inner.length === 0) return;
    clauses.push(`EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND ${inner.join(' AND ')})`);
  }
}

/** ORDER BY for the filter's order; ties fall back to ingest order, then position in the text. */
export function eventOrderSql(order: EventFilter['order']): string {
  const byPosition = 'e.document_seq, e.trigger_start, e.id';
  if (order === 'time') return `e.time_start IS NULL, e.time_start, e.time_end, ${byPosition}`;
  // NULLS LAST keeps events with no time at the end and lets events_time_end serve a page of the latest.
  if (order === 'time-desc') return `e.time_end DESC NULLS LAST, e.time_start DESC NULLS LAST, ${byPosition}`;
  return byPosition;
}

/** Only a text filter reads the documents (their search vector): without one, the events alone answer. */
export function needsDocuments(filter: EventFilter): boolean {
  return filter.text !== undefined;
}

/** LIMIT/OFFSET; throws on a negative or fractional value, a caller's bug. LIMIT NULL is no limit. */
export function pageSql(filter: EventFilter, params: SqlParams): string {
  for (const [name, value] of [['limit', filter.limit], ['offset', filter.offset]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new Error(`EventFilter.${name} must be a whole number >= 0, got ${value}.`);
    }
  }
  if (filter.limit === undefined && !filter.offset) return '';
  return `LIMIT ${params.add(filter.limit ?? null)} OFFSET ${params.add(filter.offset ?? 0)}`;
}

function actorFilters(actor: EventFilter['actor']): (ActorFilter & { either?: string })[] {
  if (actor === undefined) return [];
  if (typeof actor === 'string') return actor.trim() ? [{ either: actor.trim() }] : [];
  return Array.isArray(actor) ? actor : [actor];
}

/** Codes are stored upper-case; LIKE 'SYR%' on a "C"-collated column is a range scan of its index. */
function codePrefix(prefix: string): string {
  return `${escapeLike(prefix.trim().toUpperCase())}%`;
}

/** A LIKE pattern for a substring of a folded search key, with the user's own % and _ taken literally. */
function contains(text: string): string {
  return `%${escapeLike(foldForSearch(text.trim()))}%`;
}

// Backslash is LIKE's default escape character in PostgreSQL.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
