import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../data-files/data-path.js';
import { DATASETS, type DatasetName } from '../eval/datasets.js';

/**
 * The accuracy ratchet: runs every eval whose data is under --shared, compares each figure with
 * accuracy-baseline.json, and fails (exit 1) when one falls more than half a point below it
 * (0.005 for a share; 0.5% of the value for kilometres; any rise of a count of violations).
 * `--write` records the figures as the new baseline: commit it with the change that earned it.
 */

const USAGE = `usage: node dist/scripts/check-baseline.js [--shared DIR] [--only KEY_PREFIX] [--write]
  --shared DIR   the shared data folder with seed/ and eval/ (default ../shared)
  --only PREFIX  run only the evals whose key starts with it (gold, fa-kes, geoparsing:lgl …)
  --write        record the measured figures in accuracy-baseline.json (commit it with the change that earned them)
Exit 0 when no figure fell more than half a point below the baseline, 1 when one did.`;

interface Run { key: string; dataset: DatasetName; path: string; figures: Record<string, (r: any) => number> } // eslint-disable-line @typescript-eslint/no-explicit-any

const LOWER_IS_BETTER = new Set(['must_not_violations', 'mean_error_km', 'median_error_km', 'auc']);
const share = (a: number, b: number) => (b ? a / b : 0);

const RUNS = (shared: string): Run[] => [
  { key: 'gold:seed', dataset: 'gold', path: join(shared, 'seed'), figures: goldFigures() },
  { key: 'gold:gold-dev', dataset: 'gold', path: join(shared, 'eval/gold-dev'), figures: goldFigures() },
  { key: 'gold:examples', dataset: 'gold', path: join(packageRoot(), 'examples/gold'), figures: goldFigures() },
  { key: 'case2021', dataset: 'case2021', path: join(shared, 'eval/case2021-task2/snippets.tsv'), figures: {
    subtask1_weighted_f1: (r) => r.subtask1.weighted_f1, subtask2_weighted_f1: (r) => r.subtask2.weighted_f1, subtask3_weighted_f1: (r) => r.subtask3.weighted_f1, subtask3_macro_f1: (r) => r.subtask3.macro_f1 } },
  { key: 'fa-kes', dataset: 'fa-kes', path: join(shared, 'eval/fa-kes/articles.csv'), figures: pick(['location_accuracy', 'civilians_exact', 'civilians_within_10pct', 'noncivilians_exact', 'children_exact', 'women_exact', 'cause_accuracy', 'actor_accuracy']) },
  { key: 'event-location', dataset: 'event-location', path: join(shared, 'eval/event-location/sentences.jsonl'), figures: pick(['precision', 'recall', 'f1']) },
  { key: 'plover', dataset: 'plover', path: join(shared, 'eval/plover-gsr/records.json'), figures: pick(['event_accuracy', 'source_accuracy', 'target_accuracy']) },
  { key: 'timeml', dataset: 'timeml', path: join(shared, 'eval/timebank'), figures: pick(['strict_f1', 'relaxed_f1', 'value_accuracy', 'value_f1']) },
  { key: 'geoparsing:lgl', dataset: 'geoparsing', path: join(shared, 'eval/geoparsing/lgl.xml'), figures: geoFigures() },
  { key: 'geoparsing:geovirus', dataset: 'geoparsing', path: join(shared, 'eval/geoparsing/GeoVirus.xml'), figures: geoFigures() },
];

function pick(names: string[]): Run['figures'] {
  return Object.fromEntries(names.map((n) => [n, (r: Record<string, number>) => r[n]]));
}

function goldFigures(): Run['figures'] {
  return {
    correct_share: (r) => share(r.events_correct, r.events_total),
    precision: (r) => share(r.events_found, r.events_found + r.spurious_events),
    must_not_violations: (r) => r.must_not_violations,
  };
}

function geoFigures(): Run['figures'] {
  return pick(['toponym_precision', 'toponym_recall', 'toponym_f1', 'acc_161km', 'mean_error_km', 'median_error_km', 'auc']);
}

function tolerance(name: string, baseline: number): number {
  if (name === 'must_not_violations') return 0;
  if (name.endsWith('_km')) return Math.abs(baseline) * 0.005;
  return 0.005;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' }, write: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const baselineFile = join(packageRoot(), 'accuracy-baseline.json');
  const baseline: Record<string, Record<string, number>> = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : {};
  const measured: Record<string, Record<string, number>> = {};
  let failures = 0;
  for (const run of RUNS(values.shared!)) {
    if (values.only && !run.key.startsWith(values.only)) continue;
    if (!existsSync(run.path)) { console.log(`${run.key}: ${run.path} not found, skipped`); continue; }
    const started = Date.now();
    const result = await DATASETS[run.dataset].evaluate(run.path, {});
    measured[run.key] = Object.fromEntries(Object.entries(run.figures).map(([name, get]) => [name, Number(get(result).toFixed(4))]));
    for (const [name, value] of Object.entries(measured[run.key])) {
      const before = baseline[run.key]?.[name];
      let status = 'new';
      if (before !== undefined) {
        const delta = LOWER_IS_BETTER.has(name) ? before - value : value - before;
        status = delta < -tolerance(name, before) ? 'FELL' : delta > tolerance(name, before) ? 'rose' : 'held';
        if (status === 'FELL') failures++;
      }
      console.log(`${run.key.padEnd(22)} ${name.padEnd(24)} ${String(before ?? '-').padStart(9)} -> ${String(value).padStart(9)}  ${status}`);
    }
    process.stderr.write(`${run.key}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (values.write) {
    writeFileSync(baselineFile, JSON.stringify({ ...baseline, ...measured }, null, 2) + '\n');
    console.log(`wrote ${baselineFile}`);
    return 0;
  }
  if (failures) console.log(`${failures} figure(s) fell more than half a point below accuracy-baseline.json: fix the regression (do not lower the baseline).`);
  return failures ? 1 : 0;
}

// A wrong option is the caller's mistake: say which and how to call, with no stack (exit 2, as the CLI's usage errors).
main().then((code) => { process.exitCode = code; }, (error) => {
  if (error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || error?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    console.error(`check-baseline: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 3;
});
