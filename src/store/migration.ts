/**
 * One schema change. Example: { version: 1, name: 'documents-and-events', sql: 'CREATE TABLE …' }
 * Kept as TypeScript, not .sql files, so the built code in dist/ carries them with nothing to copy.
 * Each store lists its own (its SQL dialect), with the same versions and names: one schema
 * version means the same tables in SQLite and PostgreSQL.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
