import pg from 'pg';

/**
 * The URL as it may be shown to a user: the password replaced by '***'.
 * Example: describeUrl('postgres://sitrep:secret@db:5432/sitrep') === 'postgres://sitrep:***@db:5432/sitrep'
 */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * A connection pool for `url`, checked by one round trip so a wrong URL fails here, with the
 * fix in the message, rather than at the first query.
 */
export async function openPool(url: string): Promise<pg.Pool> {
  // allowExitOnIdle: a command that ends without close() still exits, instead of waiting out idle connections.
  const pool = new pg.Pool({ connectionString: url, allowExitOnIdle: true });
  // An idle connection dropped by the server (a restart) is reported here; without a listener
  // it would crash the process. The next query takes a fresh connection and reports its own error.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
    return pool;
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(
      `Cannot connect to the PostgreSQL database ${describeUrl(url)}: ${(err as Error).message}. ` +
      'Check that the server is running and that the URL names an existing database and a role that may use it, ' +
      'or pass a file path to use SQLite.',
      { cause: err },
    );
  }
}
