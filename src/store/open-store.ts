import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';

/**
 * Opens the store a `--db` value names: a postgres:// or postgresql:// URL is PostgreSQL; anything
 * else (a file path, ':memory:') is SQLite. The one place the CLI, API and benchmark choose an implementation.
 * Example: await openStore('./sitrep.db'); await openStore('postgres://sitrep@localhost/sitrep')
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return openPostgresStore(location);
  return openSqliteStore(location);
}
