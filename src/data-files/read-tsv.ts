import { readFileSync } from 'node:fs';

/**
 * Reads a lexicon TSV: '#' starts a comment line, the first non-comment line names the columns,
 * and every later line is one entry. Returns one record a line, with its line number for messages.
 * Example row: { name: 'Sergei Lavrov', code: 'RUSGOV', line: 12 }
 */
export function readTsv(path: string): Array<Record<string, string> & { line: number }> {
  const rows: Array<Record<string, string> & { line: number }> = [];
  let header: string[] | undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    const row = { line: i + 1 } as Record<string, string> & { line: number };
    header.forEach((name, c) => { row[name] = (cells[c] ?? '').trim(); });
    rows.push(row);
  }
  return rows;
}
