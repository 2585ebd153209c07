import Database from 'better-sqlite3';
import { refuseForeignDatabase, runMigrations } from './run-migrations.js';

/**
 * Opens (or creates) the SQLite file at `path`, sets the pragmas sitrep relies on and migrates it.
 * ':memory:' gives a private in-memory database, for tests.
 * Errors name the path and what to do, since the user typed that path a moment ago.
 */
export function openDatabase(path: string): { db: Database.Database; schemaVersion: number } {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new Error(
      `Cannot open the sitrep database "${path}": ${(err as Error).message}. ` +
      'Check that its directory exists and is writable, or pass another --db path.',
    );
  }
  try {
    // The first read is where SQLite notices a file that is not a database at all.
    refuseForeignDatabase(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Another sitrep process (a second ingest, the API) may hold the write lock for a moment.
    db.pragma('busy_timeout = 5000');
    // NORMAL in WAL mode syncs at checkpoints, not at every commit: a killed process loses no committed
    // batch, and a power cut can lose only the last commits, in order. An input is marked done in a commit
    // after its documents', so that loss un-marks it too and `ingest --resume` reads it again; FULL
    // would add an fsync to every putMany batch and buy nothing resume needs.
    db.pragma('synchronous = NORMAL');
    // A putMany batch of a few hundred articles dirties several MB; the default 2 MB cache would spill mid-transaction.
    db.pragma('cache_size = -32768');
    const schemaVersion = runMigrations(db, path);
    return { db, schemaVersion };
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new Error(
        `"${path}" is not a SQLite database (${(err as Error).message}). ` +
        'Pass the path of a sitrep database, or a new file name to create one.',
      );
    }
    throw err;
  }
}
