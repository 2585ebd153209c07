import type { GoldResult } from './evaluate-gold.js';

const pct = (x: number | null) => (x === null ? 'not annotated' : `${(x * 100).toFixed(1)}%`);

/** A readable report of `sitrep eval gold`: totals, field shares, and what went wrong per article. */
export function formatGoldTable(result: GoldResult): string {
  const lines: string[] = [];
  lines.push(`documents ${result.documents}   reference events ${result.events_total}   found ${result.events_found}   correct ${result.events_correct}   spurious ${result.spurious_events}   must_not violations ${result.must_not_violations}`);
  lines.push(`precision (found / (found + spurious)) ${pct(result.precision)}   correct / total ${pct(result.events_total ? result.events_correct / result.events_total : 0)}`);
  if (result.compliance_total !== undefined) lines.push(`compliance verdicts given ${result.compliance_correct} of ${result.compliance_total} (required events checked against the agreements the articles state)`);
  lines.push('');
  lines.push('field        right (share of found required events)');
  for (const [name, share] of Object.entries({ ...result.fields, ...result.extra_fields })) lines.push(`${name.padEnd(12)} ${pct(share)}`);
  for (const doc of result.per_document) {
    lines.push('');
    const verdicts = doc.compliance ? `, ${doc.compliance.correct}/${doc.compliance.total} verdicts` : '';
    lines.push(`${doc.gold}: ${doc.events_correct}/${doc.events_total} correct, ${doc.events_found} found, ${doc.spurious_events} spurious, ${doc.must_not_violations} violations${verdicts}`);
    for (const e of doc.events) {
      if (e.optional && !e.found) continue;
      const state = !e.found ? 'missed' : e.correct ? 'correct' : `wrong: ${e.wrong.join(', ')}`;
      if (!e.correct || e.wrong.length) lines.push(`  ${e.id}${e.optional ? ' (optional)' : ''}: ${state}${e.system ? ` [${e.system}]` : ''}`);
    }
    for (const s of doc.spurious) lines.push(`  spurious ${s.type} "${s.trigger}" [${s.id}]`);
    for (const v of doc.violations) lines.push(`  must_not: ${v.text} [${v.events.join(', ')}]`);
    for (const m of doc.missing_evidence) lines.push(`  reference evidence not in the text: "${m.slice(0, 60)}"`);
  }
  return lines.join('\n');
}
