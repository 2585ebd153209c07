import type { EventFilter, ActorFilter } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { foldForSearch } from './fold-for-search.js';

/**
 * The WHERE clause and parameters of an EventFilter, over `events e`. `inIngestOrder` says the page
 * is read in the default order, walking events_order or events_type_order (migration 7): the actor
 * filter is then a membership check on each entry walked, so the walk stops after the page; in a
 * count or a time order the matching ids are looked up instead.
 * Example: { type: ['ASSAULT'], country: 'sy' } -> { where: 'e.type IN (?) AND e.place_country = ?', params: ['ASSAULT', 'SY'] }
 */
export function eventFilterSql(filter: EventFilter, inIngestOrder = false): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => { clauses.push(sql); params.push(...values); };

  for (const bound of ['from', 'to'] as const) {
    const value = filter[bound];
    if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new Error(`EventFilter.${bound} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}".`);
    }
  }
  // Closed intervals of days overlap when each starts before the other ends. A partial bound
  // ('2016', '2016-07') is padded so that it covers its whole year or month.
  if (filter.from) add('e.time_end >= ?', filter.from);
  if (filter.to) add('e.time_start <= ?', filter.to.length < 10 ? `${filter.to}\uffff` : filter.to);
  addAnyOf('e.type', filter.type);
  addAnyOf('e.acled', filter.acled);
  addAnyOf('e.factuality', filter.factuality);
  // An event is in a country or a place when any of its places is ('in Aleppo and Beirut' is in Lebanon too).
  if (filter.country) {
    const country = filter.country.toUpperCase();
    add('(e.place_country = ? OR e.id IN (SELECT event_id FROM event_places WHERE country = ?))', country, country);
  }
  // A substring can use no index seek, but scanning the narrow place index beats reading every event row.
  if (filter.place) {
    const pattern = contains(filter.place);
    add("(e.rowid IN (SELECT rowid FROM events INDEXED BY events_place_key WHERE place_key LIKE ? ESCAPE '\\')"
      + " OR e.id IN (SELECT event_id FROM event_places WHERE search_key LIKE ? ESCAPE '\\'))", pattern, pattern);
  }
  if (filter.documentId) add('e.document_id = ?', filter.documentId);
  for (const actor of actorFilters(filter.actor)) addActor(actor);
  if (filter.text !== undefined) {
    const match = ftsQuery(filter.text);
    // The matching documents' seqs, looked up in events_order in ascending order: a page in ingest order needs no sort.
    if (match) add('e.document_seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', match);
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };

  function addAnyOf(column: string, value: string | readonly string[] | undefined): void {
    if (value === undefined) return;
    const values = typeof value === 'string' ? [value] : value;
    if (values.length === 0) return;
    add(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  function addActor(actor: ActorFilter & { either?: string }): void {
    const inner: string[] = [];
    const values: unknown[] = [];
    if (actor.role) { inner.push('a.role = ?'); values.push(actor.role); }
    if (actor.either) {
      inner.push("(a.code >= ? AND a.code < ? OR a.search_key LIKE ? ESCAPE '\\')");
      values.push(...codeRange(actor.either), contains(actor.either));
    }
    // A range rather than LIKE 'SYR%' so the code index serves it.
    if (actor.code) { inner.push('a.code >= ? AND a.code < ?'); values.push(...codeRange(actor.code)); }
    if (actor.name) {
      inner.push("a.search_key LIKE ? ESCAPE '\\'");
      values.push(contains(actor.name));
    }
    if (inner.length === 0) return;
    // The ids of the actor's events are read once from event_actors_code; the unary + keeps them from
    // driving a page in ingest order, whose sort over every match would cost more than the walk.
    add(`${inIngestOrder ? '+' : ''}e.id IN (SELECT a.event_id FROM event_actors a WHERE ${inner.join(' AND ')})`, ...values);
  }
}

/** ORDER BY for the filter's order; ties fall back to ingest order, then position in the text. */
export function eventOrderSql(order: EventFilter['order']): string {
  const byPosition = 'e.document_seq, e.trigger_start, e.id';
  if (order === 'time') return `e.time_start IS NULL, e.time_start, e.time_end, ${byPosition}`;
  // SQLite sorts NULL lowest, so events with no time come last here without an 'IS NULL' term, and
  // events_time_end serves the order (a page of the latest events reads only that page).
  if (order === 'time-desc') return `e.time_end DESC, e.time_start DESC, ${byPosition}`;
  return byPosition;
}

/**
 * The whole SELECT of a filtered page of event records, in the filter's order.
 * Example: eventsQuerySql({ order: 'time-desc', limit: 50 }) → { sql: 'SELECT e.record FROM events e WHERE 1 ORDER BY … LIMIT ? OFFSET ?', params: [50, 0] }
 */
export function eventsQuerySql(filter: EventFilter): { sql: string; params: unknown[] } {
  const { where, params } = eventFilterSql(filter, filter.order === undefined || filter.order === 'document');
  const page = pageSql(filter);
  const sql = `SELECT e.record FROM events e WHERE ${where} ORDER BY ${eventOrderSql(filter.order)} ${page.sql}`;
  return { sql, params: [...params, ...page.params] };
}

/** The count of the events a filter matches: over the events alone, so an index can answer it. */
export function countEventsSql(filter: EventFilter): { sql: string; params: unknown[] } {
  const { where, params } = eventFilterSql(filter);
  return { sql: `SELECT count(*) FROM events e WHERE ${where}`, params };
}

/** LIMIT/OFFSET with their parameters; throws on a negative or fractional value, a caller's bug. */
export function pageSql(filter: EventFilter): { sql: string; params: number[] } {
  for (const [name, value] of [['limit', filter.limit], ['offset', filter.offset]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new Error(`EventFilter.${name} must be a whole number >= 0, got ${value}.`);
    }
  }
  if (filter.limit === undefined && !filter.offset) return { sql: '', params: [] };
  return { sql: 'LIMIT ? OFFSET ?', params: [filter.limit ?? -1, filter.offset ?? 0] };
}

function actorFilters(actor: EventFilter['actor']): (ActorFilter & { either?: string })[] {
  if (actor === undefined) return [];
  if (typeof actor === 'string') return actor.trim() ? [{ either: actor.trim() }] : [];
  return Array.isArray(actor) ? actor : [actor];
}

/** Codes are stored upper-case; every code that starts with the prefix sorts in [prefix, prefix + U+FFFF). */
function codeRange(prefix: string): [string, string] {
  const upper = prefix.trim().toUpperCase();
  return [upper, `${upper}\uffff`];
}

/** A LIKE pattern for a substring of a folded search key, with the user's own % and _ taken literally. */
function contains(text: string): string {
  return `%${foldForSearch(text.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
