import type { PloverResult } from './evaluate-plover.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** A plain-text report: the five accuracies, then per gold type its accuracy and what sitrep coded instead. */
export function formatPloverTable(result: PloverResult): string {
  const lines = [
    `PLOVER GSR: ${result.n} records, ${result.msPerRecord.toFixed(2)} ms a record`,
    `event type accuracy          ${pct(result.event_accuracy)}`,
    `source (country code)        ${pct(result.source_accuracy)}`,
    `target (country code)        ${pct(result.target_accuracy)}`,
    `source (full code)           ${pct(result.source_accuracy_full)}`,
    `target (full code)           ${pct(result.target_accuracy_full)}`,
    '',
    'gold type      n  right  coded as',
  ];
  for (const [gold, row] of Object.entries(result.confusion).sort()) {
    const n = Object.values(row).reduce((a, b) => a + b, 0);
    const coded = Object.entries(row).sort((a, b) => b[1] - a[1]).map(([p, k]) => `${p} ${k}`).join(', ');
    lines.push(`${gold.padEnd(12)} ${String(n).padStart(3)}  ${pct((row[gold] ?? 0) / n)}  ${coded}`);
  }
  return lines.join('\n');
}
