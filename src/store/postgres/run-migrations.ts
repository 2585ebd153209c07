import type pg from 'pg';
import { inTransaction } from './in-transaction.js';
import { MIGRATIONS, type Migration } from './migrations/migrations.js';

// Any fixed number; every sitrep process that migrates takes the same advisory lock.
const MIGRATION_LOCK = 7_351_902_114;

/**
 * Brings the schema at `where` (the URL, for messages) up to LATEST_SCHEMA_VERSION, all pending
 * migrations in one transaction, and returns the version it is at. Refuses a schema written by
 * newer code and one that holds tables but no sitrep schema.
 */
export async function runMigrations(pool: pg.Pool, where: string, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return inTransaction(pool, async (client) => {
    // Two processes opening a new database at once: the second waits here, then finds migration 1 applied.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const current = await currentVersion(client, where);
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) {
      throw new Error(
        `The database ${where} has schema version ${current}, written by a newer sitrep; this sitrep knows ` +
        `schema versions up to ${latest}. Upgrade sitrep, or pass another database URL.`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return Math.max(current, latest);
  });
}

/**
 * The highest applied migration; 0 for an empty schema (after creating the bookkeeping table).
 * Tables live in the first schema of the search_path, so one database can hold several stores.
 */
async function currentVersion(client: pg.PoolClient, where: string): Promise<number> {
  const { rows } = await client.query<{ schema: string | null; tables: string[] }>(`
    SELECT current_schema() AS schema,
           coalesce(array_agg(table_name::text) FILTER (WHERE table_name IS NOT NULL), '{}') AS tables
    FROM information_schema.tables WHERE table_schema = current_schema()`);
  const { schema, tables } = rows[0];
  if (schema === null) {
    throw new Error(
      `The database ${where} has no schema to create sitrep's tables in (its search_path names none that exists). ` +
      'Create the schema, or set search_path to one that exists.',
    );
  }
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new Error(
      `The schema "${schema}" of ${where} holds tables but is not a sitrep one (it has no schema_migrations). ` +
      'Pass the URL of a sitrep database or an empty one, or choose another schema with ?options=-c%20search_path%3Dsitrep.',
    );
  }
  if (!tables.includes('schema_migrations')) {
    await client.query(
      'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    return 0;
  }
  const version = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return version.rows[0].v ?? 0;
}
