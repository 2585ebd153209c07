import { evaluateGold } from './gold/evaluate-gold.js';
import { formatGoldTable } from './gold/format-gold-table.js';
import { evaluateTimeml, formatTimemlTable } from './timeml/evaluate-timeml.js';
import { evaluateGeoparsing, formatGeoparsingTable } from './geoparsing/evaluate-geoparsing.js';
import { evaluateFakes, formatFakesTable } from './fa-kes/evaluate-fakes.js';
import { evaluateCase2021 } from './case2021/evaluate-case2021.js';
import { formatCase2021Table } from './case2021/format-case2021-table.js';
import { evaluatePlover } from './plover/evaluate-plover.js';
import { formatPloverTable } from './plover/format-plover-table.js';
import { evaluateEventLocation, formatEventLocationTable } from './event-location/evaluate-event-location.js';

/** What every eval adapter accepts. */
export interface EvalOptions {
  limit?: number;
  onProgress?: (done: number, total?: number) => void;
}

/**
 * One adapter: it only translates a dataset's format to and from sitrep's records; the accuracy
 * is the pipeline's. `summary` picks the figures the JSON output and the baseline file carry.
 */
export interface Dataset {
  path: string;
  about: string;
  evaluate(path: string, options: EvalOptions): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  format(result: any): string; // eslint-disable-line @typescript-eslint/no-explicit-any
  summary?(result: any): unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const DATASETS: Record<'gold' | 'case2021' | 'fa-kes' | 'event-location' | 'plover' | 'timeml' | 'geoparsing', Dataset> = {
  gold: {
    path: 'DIR', about: 'full event annotations (NAME.gold.json beside the article), SCHEMA.md rules',
    evaluate: (path, options) => evaluateGold(path, options),
    format: formatGoldTable,
    summary: (r) => { const { per_document: _detail, ...figures } = r as Record<string, unknown>; return figures; },
  },
  case2021: { path: 'FILE.tsv', about: 'CASE 2021 task 2 snippets: ACLED sub-event types and more', evaluate: evaluateCase2021, format: formatCase2021Table },
  'fa-kes': { path: 'FILE.csv', about: 'FA-KES articles: place, casualty counts, cause, actor', evaluate: evaluateFakes, format: formatFakesTable },
  'event-location': { path: 'FILE.jsonl', about: 'event verbs and the places they happened', evaluate: evaluateEventLocation, format: formatEventLocationTable },
  plover: { path: 'FILE.json', about: 'PLOVER gold standard records: type, source, target', evaluate: evaluatePlover, format: formatPloverTable },
  timeml: { path: 'DIR', about: 'TimeBank/TempEval-3 TIMEX3 time expressions', evaluate: evaluateTimeml, format: formatTimemlTable },
  geoparsing: { path: 'FILE.xml', about: 'LGL, GeoVirus, GeoWebNews, TR-News toponyms', evaluate: evaluateGeoparsing, format: formatGeoparsingTable },
};

export type DatasetName = keyof typeof DATASETS;
