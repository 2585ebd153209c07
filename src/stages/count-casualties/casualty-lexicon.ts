import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import type { CasualtyCategory } from '../../model/fatalities.js';
import { PhraseTable } from './phrase-table.js';

/** An entry of data/lexicons/casualty-words.tsv. Example: { role: 'category', category: 'children', singular: false } */
export type CasualtyWord =
  | { role: 'killed' | 'injured' }
  | { role: 'category'; category: CasualtyCategory; singular: boolean }
  | { role: 'not-a-count' }
  | { role: 'not-a-trigger' }
  | { role: 'other-fate' };

/** An entry of data/lexicons/vague-quantities.tsv. Example: { kind: 'vague', low: 12, best: 12, high: null } */
export type QuantityWord =
  | { kind: 'vague'; low: number; best: number; high: number | null }
  | { kind: 'open-low' | 'high' | 'approximate' };

/** Both lexicons, loaded once. */
export interface CasualtyLexicon {
  words: PhraseTable<CasualtyWord>;
  quantities: PhraseTable<QuantityWord>;
}

const CATEGORIES = new Set<CasualtyCategory>(['civilian', 'children', 'women', 'fighters', 'unspecified']);
let loaded: CasualtyLexicon | undefined;

/** Loads and checks the lexicons on first use; a bad line throws with the file and line to fix. */
export function casualtyLexicon(): CasualtyLexicon {
  if (loaded) return loaded;
  const words = new PhraseTable<CasualtyWord>();
  const wordsFile = dataPath('lexicons', 'casualty-words.tsv');
  for (const row of readTsv(wordsFile)) {
    const where = `${wordsFile}:${row.line}`;
    if (row.role === 'killed' || row.role === 'injured' || row.role === 'not-a-count' || row.role === 'not-a-trigger' || row.role === 'other-fate') {
      words.add(row.phrase, { role: row.role });
    } else if (row.role === 'category') {
      if (!CATEGORIES.has(row.value as CasualtyCategory)) throw new Error(`${where}: category "${row.value}" is not one of ${[...CATEGORIES].join(', ')}.`);
      words.add(row.phrase, { role: 'category', category: row.value as CasualtyCategory, singular: row.number === 'singular' });
    } else {
      throw new Error(`${where}: role "${row.role}" is not killed, injured, category, not-a-count, not-a-trigger or other-fate.`);
    }
  }
  const quantities = new PhraseTable<QuantityWord>();
  const quantitiesFile = dataPath('lexicons', 'vague-quantities.tsv');
  for (const row of readTsv(quantitiesFile)) {
    const where = `${quantitiesFile}:${row.line}`;
    if (row.kind === 'vague') {
      const low = Number(row.low);
      const best = Number(row.best);
      const high = row.high ? Number(row.high) : null;
      if (!Number.isFinite(low) || !Number.isFinite(best) || (high !== null && !Number.isFinite(high))) throw new Error(`${where}: a vague word needs numbers in low and best (and high, or empty for open-ended).`);
      quantities.add(row.phrase, { kind: 'vague', low, best, high });
    } else if (row.kind === 'open-low' || row.kind === 'high' || row.kind === 'approximate') {
      quantities.add(row.phrase, { kind: row.kind });
    } else {
      throw new Error(`${where}: kind "${row.kind}" is not vague, open-low, high or approximate.`);
    }
  }
  loaded = { words, quantities };
  return loaded;
}
