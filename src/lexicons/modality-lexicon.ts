import { readTsv } from '../data-files/read-tsv.js';
import { dataPath } from '../data-files/data-path.js';
import { FACTUALITIES, type Factuality } from '../model/factuality.js';

/** One modality cue. Example: { factuality: 'requested', needsTo: true } for 'ask'. */
export interface ModalityCue {
  factuality: Factuality;
  needsTo: boolean;
}

let cues: Map<string, ModalityCue> | undefined;

/** Loads data/lexicons/modality-cues.tsv once; a bad factuality names the file, line and the allowed values. */
export function loadModalityCues(): Map<string, ModalityCue> {
  if (cues) return cues;
  const file = dataPath('lexicons', 'modality-cues.tsv');
  const map = new Map<string, ModalityCue>();
  for (const row of readTsv(file)) {
    if (!FACTUALITIES.includes(row.factuality as Factuality)) throw new Error(`${file}:${row.line}: factuality "${row.factuality}" is not one of ${FACTUALITIES.join(', ')}.`);
    map.set(row.cue.toLowerCase(), { factuality: row.factuality as Factuality, needsTo: row.needs_to === '1' });
  }
  cues = map;
  return map;
}
