import { existsSync } from 'node:fs';
import { parseCommandArgs, intOption } from '../parse-command-args.js';
import { EXIT, UsageError, CommandError } from '../exit-codes.js';
import { startProgress } from '../progress.js';
import type { DatasetName } from '../../eval/datasets.js';

/** The adapters load only when eval runs, so other commands start fast. */
const loadDatasets = async () => (await import('../../eval/datasets.js')).DATASETS;

const DATASET_NAMES = ['gold', 'case2021', 'fa-kes', 'event-location', 'plover', 'timeml', 'geoparsing'];

export const EVAL_HELP = `sitrep eval DATASET PATH [--json] [--limit N]

Measures sitrep against human-labelled data. DATASET and PATH:
  gold           DIR             full event annotations (NAME.gold.json beside the article; ../shared/seed/SCHEMA.md)
  case2021       FILE.tsv        CASE 2021 task 2 snippets: ACLED sub-event types and more
  fa-kes         FILE.csv        FA-KES articles: place, casualty counts, cause, actor
  event-location FILE.jsonl      event verbs and the places they happened
  plover         FILE.json       PLOVER gold standard records: event type, source, target
  timeml         DIR             TimeBank / TempEval-3 TIMEX3 time expressions
  geoparsing     FILE.xml        LGL, GeoVirus, GeoWebNews or TR-News toponyms

  --json      exactly one JSON object with the figures, as the last line of stdout
  --limit N   only the first N items (a quick look; figures are then not comparable)

Exit codes: 0 measured, 2 usage error, 3 the path cannot be read.
Examples:
  sitrep eval gold ../shared/seed --json
  sitrep eval timeml ../shared/eval/timebank
  sitrep eval geoparsing ../shared/eval/geoparsing/lgl.xml`;

export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { limit: { type: 'string' } });
  if (values.help) { console.log(EVAL_HELP); return EXIT.ok; }
  const [name, path] = positionals;
  if (!name || !DATASET_NAMES.includes(name)) throw new UsageError(`give a dataset: ${DATASET_NAMES.join(', ')}${name ? ` (not "${name}")` : ''}.`);
  if (!path) throw new UsageError(`give the path of the ${name} data; see sitrep eval --help.`);
  if (!existsSync(path)) throw new CommandError(`${path} does not exist: give the ${name} data; see sitrep eval --help.`);
  const dataset = (await loadDatasets())[name as DatasetName];
  const progress = startProgress(`eval ${name}`, undefined, !values.quiet);
  let result: unknown;
  try {
    result = await dataset.evaluate(path, { limit: intOption('limit', values.limit), onProgress: (done: number) => progress.tick(done) });
  } catch (error) {
    // A folder with no gold files or a file of the wrong format is the user's to fix, not a crash.
    throw new CommandError(`eval ${name} ${path}: ${(error as Error).message}`);
  }
  progress.done();
  console.log(dataset.format(result));
  if (values.json) console.log(JSON.stringify(dataset.summary ? dataset.summary(result) : result));
  return EXIT.ok;
}
