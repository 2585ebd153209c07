import { readTsv } from '../data-files/read-tsv.js';
import { dataPath } from '../data-files/data-path.js';
import type { SourceKind } from '../model/source.js';

/** One attribution cue. Example: { cue: 'according to', words: ['according', 'to'], kind: 'prep', denial: false } */
export interface AttributionCue {
  cue: string;
  /** The cue split on spaces once at load, because every token whose first word matches is tested against it. */
  words: readonly string[];
  kind: 'verb' | 'prep' | 'participle' | 'noun' | 'adverb';
  denial: boolean;
}

/** The attribution lexicons, loaded once. */
export interface AttributionLexicon {
  /** Verb cues by lemma. */
  verbs: Map<string, AttributionCue>;
  /** Multi-word and non-verb cues by their first word. */
  phrases: Map<string, AttributionCue[]>;
  /** Source nouns ('source', 'interlocutor') and the kind of source they name. */
  sourceNouns: Map<string, SourceKind>;
}

const KINDS = new Set(['verb', 'prep', 'participle', 'noun', 'adverb']);
let lexicon: AttributionLexicon | undefined;

/** Loads data/lexicons/attribution-cues.tsv and source-nouns.tsv; a malformed line names its file and line. */
export function loadAttributionLexicon(): AttributionLexicon {
  if (lexicon) return lexicon;
  const verbs = new Map<string, AttributionCue>();
  const phrases = new Map<string, AttributionCue[]>();
  const file = dataPath('lexicons', 'attribution-cues.tsv');
  for (const row of readTsv(file)) {
    if (!KINDS.has(row.kind)) throw new Error(`${file}:${row.line}: kind "${row.kind}" is not one of ${[...KINDS].join(', ')}.`);
    const lower = row.cue.toLowerCase();
    const cue: AttributionCue = { cue: lower, words: lower.split(' '), kind: row.kind as AttributionCue['kind'], denial: row.denial === '1' };
    if (cue.kind === 'verb') verbs.set(cue.cue, cue);
    else {
      const first = cue.words[0];
      phrases.set(first, [...(phrases.get(first) ?? []), cue]);
    }
  }
  const sourceNouns = new Map<string, SourceKind>();
  for (const row of readTsv(dataPath('lexicons', 'source-nouns.tsv'))) sourceNouns.set(row.noun.toLowerCase(), row.kind as SourceKind);
  lexicon = { verbs, phrases, sourceNouns };
  return lexicon;
}
