import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/migrations.js';

/**
 * Brings the database at `path` up to LATEST_SCHEMA_VERSION, all pending migrations in one
 * transaction, and returns the version it is at. Refuses a database written by newer code
 * and a file that holds tables but no sitrep schema.
 */
export function runMigrations(db: Database.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a new
  // file at once cannot both apply migration 1.
  const migrate = db.transaction(() => {
    const current = currentVersion(db, path);
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) {
      throw new Error(
        `The database at "${path}" has schema version ${current}, written by a newer sitrep; this sitrep knows ` +
        `schema versions up to ${latest}. Upgrade sitrep, or pass another --db file.`,
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return Math.max(current, latest);
  });
  return migrate.immediate();
}

/**
 * Throws unless the file is empty or already holds a sitrep schema. Called before anything
 * writes (even the WAL pragma, which sticks to the file), so another program's database is left as it was.
 */
export function refuseForeignDatabase(db: Database.Database, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new Error(
      `"${path}" is a SQLite database but not a sitrep one (it has tables and no schema_migrations). ` +
      'Pass the path of a sitrep database, or a new file name to create one.',
    );
  }
}

/** The highest applied migration; 0 for an empty database (after creating the bookkeeping table). */
function currentVersion(db: Database.Database, path: string): number {
  refuseForeignDatabase(db, path);
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) {
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
