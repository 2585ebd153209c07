import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import { pluralOf, verbFormsOf } from './inflections.js';
import { PLOVER_TYPES, ACLED_SUBTYPES, type PloverType, type AcledSubtype, type NonAcledClass } from '../../model/event-types.js';

export { pluralOf };

const NON_ACLED: readonly string[] = ['ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB', 'OTHER'];

/** One word of a trigger pattern: an exact word, a prefix ('w*'), or a gap of up to three tokens ('..'). */
export type PatternWord = { kind: 'word'; text: string; plural?: string; verbForms?: readonly string[] } | { kind: 'prefix'; text: string } | { kind: 'gap' };

/**
 * One entry of data/lexicons/event-triggers.tsv, validated.
 * Example: { pattern: 'air strike', words: [...], type: 'ASSAULT', mode: 'aerial', cameo: '195', acled: 'Air/drone strike', weight: 0.9 }
 */
export interface TriggerEntry {
  pattern: string;
  words: PatternWord[];
  type: PloverType;
  mode?: string;
  cameo?: string;
  acled?: AcledSubtype;
  otherClass?: NonAcledClass;
  weight: number;
  pos?: string;
  line: number;
}

/** The lexicon indexed by the first word of each pattern (prefix patterns under their stem), longest first. */
export interface TriggerLexicon {
  byFirst: Map<string, TriggerEntry[]>;
  prefixes: TriggerEntry[];
}

let lexicon: TriggerLexicon | undefined;

/** The words of a pattern ('open .. fire', 'swear* in'), as find-triggers matches them. */
export function parsePattern(pattern: string): PatternWord[] {
  // wink-nlp splits 'cease-fire' into three tokens, so patterns are split the same way.
  return pattern.toLowerCase().replace(/(\w)-(\w)/g, '$1 - $2').split(/\s+/).map((w) =>
    w === '..' ? { kind: 'gap' } : w.endsWith('*') ? { kind: 'prefix', text: w.slice(0, -1) } : { kind: 'word', text: w, plural: pluralOf(w), verbForms: verbFormsOf(w) });
}

/** Parses one lexicon row; throws with the line to fix when a code is not one sitrep knows. */
export function parseTriggerRow(row: Record<string, string> & { line: number }, file = 'event-triggers.tsv'): TriggerEntry {
  const where = `${file} line ${row.line}`;
  if (!(PLOVER_TYPES as readonly string[]).includes(row.type)) throw new Error(`${where}: unknown PLOVER type "${row.type}"; use one of ${PLOVER_TYPES.join(', ')}.`);
  const cls = row.class || undefined;
  if (cls && !(ACLED_SUBTYPES as readonly string[]).includes(cls) && !NON_ACLED.includes(cls)) {
    throw new Error(`${where}: unknown class "${cls}"; use an ACLED sub-event type or one of ${NON_ACLED.join(', ')}.`);
  }
  const weight = Number(row.weight);
  if (!(weight > 0 && weight <= 1)) throw new Error(`${where}: weight "${row.weight}" must be a number in (0, 1].`);
  const words = parsePattern(row.pattern);
  return {
    pattern: row.pattern, words, type: row.type as PloverType, mode: row.mode || undefined, cameo: row.cameo || undefined,
    acled: cls && (ACLED_SUBTYPES as readonly string[]).includes(cls) ? (cls as AcledSubtype) : undefined,
    otherClass: cls && NON_ACLED.includes(cls) ? (cls as NonAcledClass) : undefined,
    weight, pos: row.pos || undefined, line: row.line,
  };
}

/** Builds the index from entries (tests pass their own). */
export function indexTriggers(entries: readonly TriggerEntry[]): TriggerLexicon {
  const byFirst = new Map<string, TriggerEntry[]>();
  const prefixes: TriggerEntry[] = [];
  for (const entry of entries) {
    const first = entry.words[0];
    if (first.kind === 'word') {
      // Under its plural too, so 'airstrikes' finds 'airstrike' where the lemma does not.
      // And under its verb forms, so 'raped' finds 'rape' where the lemma is 'rap'.
      for (const key of new Set([first.text, ...(first.plural ? [first.plural] : []), ...(first.verbForms ?? [])])) {
        const list = byFirst.get(key) ?? [];
        list.push(entry);
        byFirst.set(key, list);
      }
    } else prefixes.push(entry);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, prefixes };
}

/** The trigger lexicon, loaded on first use. */
export function loadTriggerLexicon(): TriggerLexicon {
  lexicon ??= indexTriggers(readTsv(dataPath('lexicons', 'event-triggers.tsv')).map((row) => parseTriggerRow(row)));
  return lexicon;
}
