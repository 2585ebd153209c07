import { readFileSync } from 'node:fs';

/** One CASE 2021 task 2 snippet. Example: { id: '4', text: 'On December 13, …', label: 'NON_STATE_ACTOR_OVERTAKES_TER' } */
export interface Snippet {
  id: string;
  text: string;
  label: string;
}

/** Reads the tab-separated snippets file (id, EventSnippet, SubType; a header; no quoting). */
export function readSnippets(file: string): Snippet[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split('\t').map((c) => c.trim());
  const [idCol, textCol, labelCol] = ['id', 'EventSnippet', 'SubType'].map((name) => header.indexOf(name));
  if (idCol < 0 || textCol < 0 || labelCol < 0) throw new Error(`${file} needs the columns id, EventSnippet and SubType in its first line; it has: ${header.join(', ')}.`);
  const snippets: Snippet[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cells = line.replace(/\r$/, '').split('\t');
    snippets.push({ id: cells[idCol], text: cells[textCol] ?? '', label: (cells[labelCol] ?? '').trim() });
  }
  return snippets;
}
