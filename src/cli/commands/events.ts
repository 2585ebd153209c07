import type { EventFilter } from '../../store/store.js';
import { PLOVER_TYPES, type PloverType } from '../../model/event-types.js';
import { FACTUALITIES, type Factuality } from '../../model/factuality.js';
import { parseCommandArgs, listOption, intOption, dateOption } from '../parse-command-args.js';
import { openCliStore } from '../open-store.js';
import { formatEventTable } from '../output/format-table.js';
import { formatEventCsv } from '../output/format-csv.js';
import { formatEventGeoJson } from '../output/format-geojson.js';
import { EXIT, UsageError } from '../exit-codes.js';

export const EVENTS_HELP = `sitrep events [options]

Lists stored events, filtered, in the chosen format.

Filters (all given must match; a comma list means any of):
  --from DATE, --to DATE   events whose time overlaps [from, to] (YYYY-MM-DD)
  --type TYPES             PLOVER types: ${PLOVER_TYPES.join(',')}
  --acled TYPE             ACLED sub-event type, e.g. "Air/drone strike"
  --actor TEXT             actor or recipient: a code prefix (SYR, RUSMIL) or part of a name (kerry)
  --country CC             ISO country code of one of the event's places (SY)
  --place TEXT             part of the name of one of the event's places (aleppo)
  --factuality LIST        ${FACTUALITIES.join(',')}
  --text WORDS             words in the article
  --document ID            events of one document
  --order ORDER            document (default), time, time-desc
  --limit N, --offset N    page through results (the table shows 100 unless --limit says; exports are whole)
Output:
  --format FORMAT          table (default), json, jsonl, csv, geojson
  --json                   one JSON object {count, total, events} as the last line of stdout
  --db FILE                database (default ./sitrep.db)

Examples:
  sitrep events --type ASSAULT --country SY --from 2016-07-01 --format csv > strikes.csv
  sitrep events --actor RUS --factuality asserted,reported
  sitrep events --format geojson > events.geojson`;

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'] as const;

export async function eventsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' }, acled: { type: 'string' }, actor: { type: 'string' },
    country: { type: 'string' }, place: { type: 'string' }, factuality: { type: 'string' }, text: { type: 'string' }, document: { type: 'string' },
    order: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, format: { type: 'string' },
  });
  if (values.help) { console.log(EVENTS_HELP); return EXIT.ok; }
  if (positionals.length) throw new UsageError(`events takes no arguments, only options (got "${positionals[0]}"); see sitrep events --help.`);
  const format = (values.format ?? 'table') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const types = listOption(values.type)?.map((t) => t.toUpperCase());
  const unknownType = types?.find((t) => !PLOVER_TYPES.includes(t as PloverType));
  if (unknownType) throw new UsageError(`--type ${unknownType} is not a PLOVER type; one of ${PLOVER_TYPES.join(', ')}.`);
  const factualities = listOption(values.factuality);
  const unknownFactuality = factualities?.find((f) => !FACTUALITIES.includes(f as Factuality));
  if (unknownFactuality) throw new UsageError(`--factuality ${unknownFactuality} is not one of ${FACTUALITIES.join(', ')}.`);
  if (values.order && !['document', 'time', 'time-desc'].includes(values.order)) throw new UsageError('--order must be document, time or time-desc.');
  const filter: EventFilter = {
    from: dateOption('from', values.from), to: dateOption('to', values.to),
    type: types as PloverType[] | undefined, acled: values.acled as EventFilter['acled'], actor: values.actor,
    country: values.country, place: values.place, factuality: factualities as Factuality[] | undefined, text: values.text,
    documentId: values.document, order: values.order as EventFilter['order'],
    // A table is for reading: 100 rows unless asked; exports (json, jsonl, csv, geojson) are whole unless asked.
    limit: intOption('limit', values.limit) ?? (format === 'table' ? 100 : undefined), offset: intOption('offset', values.offset),
  };
  const store = await openCliStore(values.db);
  try {
    const [events, total] = await Promise.all([store.queryEvents(filter), store.countEvents(filter)]);
    if (format === 'table') {
      const texts = new Map<string, string>();
      for (const id of new Set(events.map((e) => e.documentId))) texts.set(id, (await store.getDocument(id))?.text ?? '');
      console.log(events.length ? formatEventTable(events, texts) : 'No events match.');
      if (total > events.length) process.stderr.write(`sitrep: showing ${events.length} of ${total} events; use --limit and --offset for more\n`);
    } else if (format === 'json') console.log(JSON.stringify(events, null, 2));
    else if (format === 'jsonl') for (const e of events) console.log(JSON.stringify(e));
    else if (format === 'csv') console.log(formatEventCsv(events));
    else console.log(formatEventGeoJson(events));
    if (values.json) console.log(JSON.stringify({ count: events.length, total, events }));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
