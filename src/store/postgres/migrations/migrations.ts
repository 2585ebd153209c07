import { documentsAndEvents } from './001-documents-and-events.js';
import { incidentsAgreementsSources } from './002-incidents-agreements-sources.js';
import { ingestRunOptions } from './003-ingest-run-options.js';

/**
 * One schema change. Example: { version: 1, name: 'documents-and-events', sql: 'CREATE TABLE …' }
 * Kept as TypeScript, not .sql files, so the built code in dist/ carries them with nothing to copy.
 * Versions and names follow the SQLite store's, so one schema version means the same tables in both.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration in order. Append only: a released migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'documents-and-events', sql: documentsAndEvents },
  { version: 2, name: 'incidents-agreements-sources', sql: incidentsAgreementsSources },
  { version: 3, name: 'ingest-run-options', sql: ingestRunOptions },
];

/** The schema version this code writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
