import { parseCommandArgs } from '../parse-command-args.js';
import { openCliStore } from '../open-store.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { PIPELINE_VERSION } from '../../model/version.js';
import { lexiconVersion } from '../../lexicons/lexicon-version.js';

export const STATS_HELP = `sitrep stats [--db FILE] [--json]

What the database holds: documents, events by type, rejected inputs, an interrupted ingest,
and how many documents were analysed by another pipeline or lexicon version.`;

export async function statsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help) { console.log(STATS_HELP); return EXIT.ok; }
  if (positionals.length) throw new UsageError(`stats takes no arguments (got "${positionals[0]}"); the database is --db FILE.`);
  const store = await openCliStore(values.db);
  try {
    const stats = await store.stats();
    const stale = await store.documentsNeedingReprocess(PIPELINE_VERSION, lexiconVersion());
    const unfinished = await store.lastUnfinishedRun();
    console.log(`documents ${stats.documents}   events ${stats.events}   rejected inputs ${stats.rejectedInputs}   analysed by older versions ${stale.length}`);
    for (const [type, n] of Object.entries(stats.eventsByType).sort((a, b) => b[1] - a[1])) console.log(`  ${type.padEnd(10)} ${n}`);
    if (unfinished) console.log(`interrupted ingest run ${unfinished.id}: ${unfinished.pending} of ${unfinished.inputs} inputs left (sitrep ingest --resume)`);
    if (values.json) console.log(JSON.stringify({ ...stats, staleDocuments: stale.length, unfinishedRun: unfinished ?? null }));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
