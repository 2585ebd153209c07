import type pg from 'pg';

/**
 * One column of a bulk insert: the table's column, the key in each row object, its PostgreSQL type.
 * Example: ['document_id', 'documentId', 'text']
 */
export type RecordsetColumn = [column: string, key: string, type: string];

/** Keys read from the rows only to compute other columns, and the columns computed from them (over `r`). */
export interface RecordsetExtras {
  inputs?: [key: string, type: string][];
  computed?: [column: string, expression: string][];
  /** Appended to the statement: 'ON CONFLICT … RETURNING …'. */
  suffix?: string;
}

/**
 * Inserts many rows with one statement: the rows travel as one JSON array and
 * jsonb_to_recordset turns it back into rows. One round trip for a whole putMany batch instead
 * of one per row, which is most of the cost of writing to a server.
 * Example: insertRecordset(client, 'event_evidence', EVIDENCE_COLUMNS, rows)
 */
export async function insertRecordset(
  client: pg.PoolClient,
  table: string,
  columns: readonly RecordsetColumn[],
  rows: readonly object[],
  extras: RecordsetExtras = {},
): Promise<pg.QueryResult> {
  const computed = extras.computed ?? [];
  const shape = [...columns.map(([, key, type]) => [key, type]), ...(extras.inputs ?? [])];
  const names = [...columns.map(([column]) => column), ...computed.map(([column]) => column)].map(quote);
  const values = [...columns.map(([, key]) => `r.${quote(key)}`), ...computed.map(([, expression]) => expression)];
  // ORDER BY n: rows are inserted, and so locked, in the order given.
  const sql = `INSERT INTO ${table} (${names.join(', ')})
    SELECT ${values.join(', ')}
    FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${shape.map(([key, type]) => `${quote(key)} ${type}`).join(', ')}))
         WITH ORDINALITY AS r(${shape.map(([key]) => quote(key)).join(', ')}, n)
    ORDER BY r.n ${extras.suffix ?? ''}`;
  return client.query(sql, [JSON.stringify(rows)]);
}

function quote(name: string): string {
  return `"${name}"`;
}
