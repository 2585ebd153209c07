import type { Case2021Result } from './evaluate-case2021.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * A plain-text report: the three subtasks' weighted / macro / micro F1, then one line a gold label with its
 * precision, recall, F1 and what sitrep predicted for it (the confusion row, most frequent first).
 */
export function formatCase2021Table(result: Case2021Result): string {
  const lines: string[] = [];
  lines.push(`CASE 2021 task 2: ${result.n} snippets, labels from ${result.labelSource}, ${result.msPerSnippet.toFixed(2)} ms a snippet`);
  lines.push('subtask     n   weighted  macro  micro');
  for (const [name, s] of [['1 (ACLED)', result.subtask1], ['2 (+crime, disasters)', result.subtask2], ['3 (all)', result.subtask3]] as const) {
    lines.push(`${name.padEnd(22)} ${String(s.n).padStart(4)}  ${pct(s.weighted_f1)}  ${pct(s.macro_f1)}  ${pct(s.micro_f1)}`);
  }
  lines.push('');
  lines.push('gold label                       n     P     R    F1  predicted as');
  const labels = Object.keys(result.subtask3.perLabel).sort((a, b) => result.subtask3.perLabel[b].support - result.subtask3.perLabel[a].support);
  for (const label of labels) {
    const s = result.subtask3.perLabel[label];
    const row = Object.entries(result.confusion[label] ?? {}).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ');
    lines.push(`${label.padEnd(30)} ${String(s.support).padStart(3)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${row}`);
  }
  return lines.join('\n');
}
