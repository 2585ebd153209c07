import { documentsAndEvents } from './001-documents-and-events.js';
import { incidentsAgreementsSources } from './002-incidents-agreements-sources.js';
import { ingestRunOptions } from './003-ingest-run-options.js';
import { eventQueryIndexes } from './004-event-query-indexes.js';
import { eventPlaces } from './006-event-places.js';
import { eventOrder } from './007-event-order.js';
import { unreadIndexes } from './008-unread-indexes.js';
import type { Migration } from '../../migration.js';

export type { Migration } from '../../migration.js';

/** Every migration in order. Append only: a released migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'documents-and-events', sql: documentsAndEvents },
  { version: 2, name: 'incidents-agreements-sources', sql: incidentsAgreementsSources },
  { version: 3, name: 'ingest-run-options', sql: ingestRunOptions },
  { version: 4, name: 'event-query-indexes', sql: eventQueryIndexes },
  { version: 6, name: 'event-places', sql: eventPlaces },
  { version: 7, name: 'event-order', sql: eventOrder },
  { version: 8, name: 'unread-indexes', sql: unreadIndexes },
];

/** The schema version this code writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
