import type { Store, AnalysisItem } from '../../store/store.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Document } from '../../model/document.js';
import { listInputs, readInput, readStdin, readJsonlStream, parseFieldMap, type ReadOptions } from '../../readers/index.js';
import { streamPipelineBatch } from '../../stages/run-pipeline.js';
import { PIPELINE_VERSION } from '../../model/version.js';
import { lexiconVersion } from '../../lexicons/lexicon-version.js';
import { parseCommandArgs, dateOption, intOption } from '../parse-command-args.js';
import { openCliStore } from '../open-store.js';
import { startProgress } from '../progress.js';
import { EXIT, UsageError } from '../exit-codes.js';

export const INGEST_HELP = `sitrep ingest INPUT... [options]

Reads articles, finds their events and stores both. INPUT is a file (.txt .md .html .htm .jsonl .ndjson),
a folder (read recursively), a glob ('feeds/*.jsonl') or '-' for stdin. The same text is stored once;
an interrupted ingest continues with --resume.

Options:
  --db FILE            SQLite database (default ./sitrep.db; created if missing)
  --published DATE     publication date of plain-text input, YYYY-MM-DD (relative dates resolve against it)
  --title TEXT         title of plain-text input
  --outlet NAME        outlet of plain-text input
  --url URL            URL of plain-text input
  --time-zone TZ       the outlet's IANA time zone, e.g. Asia/Damascus (default UTC)
  --language CODE      the text's language, skipping detection (sitrep analyses en)
  --map SPEC           JSONL field names: text=article_content,published=date,outlet=source
  --max-bytes N        largest article accepted, in bytes (default 10485760)
  --resume             continue the last interrupted ingest instead of starting from the inputs
  --json               print a JSON summary as the last line of stdout
  -q, --quiet          no progress on stderr
  -h, --help           this help

Exit codes: 0 all inputs stored, 1 some inputs rejected (each named on stderr), 2 usage error, 3 failure.
Examples:
  sitrep ingest examples/articles
  sitrep ingest story.txt --published 2016-07-28 --outlet Izvestia
  sitrep ingest fakes.jsonl --map text=article_content,published=date
  curl -s https://example.org/story.html | sitrep ingest -`;

/** What one ingest did, as `--json` prints it. */
export interface IngestSummary {
  inputs: number;
  documents: number;
  stored: number;
  duplicates: number;
  reprocessed: number;
  events: number;
  rejected: number;
  warnings: number;
  db: string;
}

const BATCH = 100;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    published: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' },
    'time-zone': { type: 'string' }, language: { type: 'string' }, map: { type: 'string' }, 'max-bytes': { type: 'string' },
    resume: { type: 'boolean' },
  });
  if (values.help) { console.log(INGEST_HELP); return EXIT.ok; }
  if (positionals.length === 0 && !values.resume) throw new UsageError('give at least one input: a file, a folder, a glob or - for stdin.');
  if (positionals.length > 0 && values.resume) throw new UsageError('--resume continues the interrupted run with its own inputs and options: give no inputs with it.');
  const options: ReadOptions = {
    published: dateOption('published', values.published), title: values.title, outlet: values.outlet, url: values.url,
    timeZone: values['time-zone'], language: values.language, maxBytes: intOption('max-bytes', values['max-bytes']),
  };
  if (values.map) {
    const { map, diagnostics } = parseFieldMap(values.map);
    if (diagnostics.length) throw new UsageError(diagnostics.map((d) => d.message).join('; '));
    options.map = map;
  }
  const store = await openCliStore(values.db);
  try {
    return await ingestInputs(store, positionals, options, { resume: Boolean(values.resume), json: Boolean(values.json), quiet: Boolean(values.quiet), db: values.db ?? './sitrep.db' });
  } finally {
    await store.close();
  }
}

async function ingestInputs(store: Store, args: string[], options: ReadOptions, flags: { resume: boolean; json: boolean; quiet: boolean; db: string }): Promise<number> {
  const summary: IngestSummary = { inputs: 0, documents: 0, stored: 0, duplicates: 0, reprocessed: 0, events: 0, rejected: 0, warnings: 0, db: flags.db };
  const report = (d: Diagnostic) => {
    if (d.severity === 'error') summary.rejected++;
    else summary.warnings++;
    process.stderr.write(`sitrep: ${d.severity}: ${d.message}\n`);
  };
  let files: string[];
  let runId: number;
  const unfinished = await store.lastUnfinishedRun();
  if (flags.resume) {
    if (!unfinished) throw new UsageError('there is no interrupted ingest to resume in this database.');
    runId = unfinished.id;
    files = await store.pendingInputs(runId);
    // Read the rest exactly as the interrupted run would have: its --published, --outlet, --map …
    Object.assign(options, (await store.ingestRunOptions(runId)) ?? {});
    process.stderr.write(`sitrep: resuming ingest run ${runId}: ${files.length} of ${unfinished.inputs} inputs left\n`);
  } else {
    if (unfinished && !flags.quiet) process.stderr.write(`sitrep: note: ingest run ${unfinished.id} was interrupted with ${unfinished.pending} inputs left; 'sitrep ingest --resume' continues it\n`);
    const listed = await listInputs(args);
    for (const d of listed.diagnostics) { report(d); await store.recordRejectedInput(d.input ?? '', d); }
    files = listed.files;
    runId = await store.beginIngestRun(files, options);
  }
  summary.inputs = files.length;
  const meta = { pipelineVersion: PIPELINE_VERSION, lexiconVersion: lexiconVersion() };
  const progress = startProgress('ingest', files.length, !flags.quiet);
  let pending: Document[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const todo: Document[] = [];
    for (const doc of pending) {
      // Stored before by this very pipeline and lexicon: nothing to redo. Another version: analyse again (reprocess).
      const stored = (await store.hasDocument(doc.contentHash)) ? await store.getDocument(doc.id) : undefined;
      if (stored && stored.pipelineVersion === meta.pipelineVersion && stored.lexiconVersion === meta.lexiconVersion) {
        summary.duplicates++;
        continue;
      }
      todo.push(doc);
    }
    const items: AnalysisItem[] = [];
    // Streamed: each chunk's tokens and other layers are dropped once its events are taken.
    for (const { doc, layers, diagnostics } of streamPipelineBatch(todo)) {
      for (const d of diagnostics) report(d);
      items.push({ doc, events: layers.events, meta });
    }
    const results = await store.putMany(items);
    results.forEach((r, i) => {
      if (r.stored) { summary.stored++; summary.events += items[i].events.length; }
      else summary.duplicates++;
      if (r.replaced) summary.reprocessed++;
    });
    pending = [];
  };
  const accept = async (doc: Document) => {
    summary.documents++;
    pending.push(doc);
    if (pending.length >= BATCH) await flush();
  };
  for (const [i, file] of files.entries()) {
    const diagnostics: Diagnostic[] = [];
    if (/\.(jsonl|ndjson)$/i.test(file)) {
      for await (const item of readJsonlStream(file, options)) {
        if (item.diagnostic) diagnostics.push(item.diagnostic);
        if (item.document && item.diagnostic?.severity !== 'error') await accept(item.document);
      }
    } else {
      const result = file === '-' ? await readStdin(options) : await readInput(file, options);
      diagnostics.push(...result.diagnostics);
      // An input with an error (a bad --published, say) is rejected whole: "rejected" always means "not stored".
      if (!result.diagnostics.some((d) => d.severity === 'error')) for (const doc of result.documents) await accept(doc);
    }
    for (const d of diagnostics) {
      report(d);
      if (d.severity === 'error') await store.recordRejectedInput(d.input ?? file, d);
    }
    await flush();
    await store.markInputDone(runId, file);
    progress.tick(i + 1, summary.rejected ? `${summary.rejected} rejected` : undefined);
  }
  await flush();
  await store.finishIngestRun(runId);
  progress.done();
  console.log(`Read ${summary.inputs} input(s): ${summary.documents} document(s), ${summary.stored} stored with ${summary.events} event(s), ${summary.duplicates} already stored, ${summary.rejected} rejected. Database: ${flags.db}`);
  if (flags.json) console.log(JSON.stringify(summary));
  return summary.rejected > 0 ? EXIT.partial : EXIT.ok;
}
