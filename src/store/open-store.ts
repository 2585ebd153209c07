import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/**
 * Opens the store a `--db` value names: a file path (or ':memory:') is SQLite; a postgres:// URL
 * will be PostgreSQL. The one place the CLI, API and benchmark choose an implementation.
 * Example: await openStore('./sitrep.db')
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`"${location}" is a PostgreSQL URL, and the PostgreSQL store is not built yet: pass a file path to use SQLite.`);
  }
  return openSqliteStore(location);
}
