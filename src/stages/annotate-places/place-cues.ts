import { readTsv } from '../../data-files/read-tsv.js';
import { dataPath } from '../../data-files/data-path.js';
import { nameKey } from '../../gazetteer/name-key.js';

/** The kinds of cue data/lexicons/place-cues.tsv lists (its header says what each does). */
const KIND_NAMES = ['title', 'organisation', 'stopword', 'connector', 'speech-verb', 'seat', 'unit', 'street', 'given-name', 'backing', 'government', 'site', 'part', 'ground-verb', 'arabic-article', 'strike-verb', 'generic', 'facility', 'attack-noun', 'visit-verb'] as const;

/** One kind of cue. Example: 'title' */
export type PlaceCue = (typeof KIND_NAMES)[number];

const KINDS = new Set<PlaceCue>(KIND_NAMES);

/**
 * The cue words, by kind; seats map a name key ('whitehouse') to the place id of their city.
 * Example: cues.has('title', 'sen') === true; cues.seats.get('kremlin') === 'geonames:524901'
 */
export interface PlaceCues {
  has(kind: PlaceCue, word: string): boolean;
  /** The words of each kind, for the matcher's inner loop. */
  sets: Record<PlaceCue, Set<string>>;
  seats: Map<string, string>;
  /** The precision a name made a place by a site word has: 'village' → 'locality', 'governorate' → 'province'. */
  sites: Map<string, 'locality' | 'district' | 'province'>;
  /** The precision a name opened by a generic word has: 'jabal' → 'locality' ('Jabal Al-Koz'). */
  generics: Map<string, 'locality' | 'district' | 'province'>;
  /** The precision a name ending in a facility word has: 'museum' → 'locality' ('Bardo Museum'). */
  facilities: Map<string, 'locality' | 'district' | 'province'>;
}

let loaded: PlaceCues | undefined;

/** Loads the cue lexicon on first use; a line with an unknown kind is a bug in the data file. */
export function placeCues(): PlaceCues {
  if (loaded) return loaded;
  const path = dataPath('lexicons', 'place-cues.tsv');
  const sets = new Map<PlaceCue, Set<string>>([...KINDS].map((k) => [k, new Set<string>()]));
  const seats = new Map<string, string>();
  const sites = new Map<string, 'locality' | 'district' | 'province'>();
  const generics = new Map<string, 'locality' | 'district' | 'province'>();
  const facilities = new Map<string, 'locality' | 'district' | 'province'>();
  for (const row of readTsv(path)) {
    const kind = row.cue as PlaceCue;
    if (!KINDS.has(kind)) throw new Error(`${path}:${row.line}: unknown cue "${row.cue}"; use one of ${[...KINDS].join(', ')}.`);
    sets.get(kind)!.add(row.word);
    if (kind === 'seat') seats.set(nameKey(row.word), row.place);
    if (kind === 'site') {
      if (row.place !== 'locality' && row.place !== 'district' && row.place !== 'province') throw new Error(`${path}:${row.line}: a site needs a precision (locality, district or province), not "${row.place}".`);
      sites.set(row.word, row.place);
    }
    if (kind === 'generic' || kind === 'facility') {
      if (row.place !== 'locality' && row.place !== 'district' && row.place !== 'province') throw new Error(`${path}:${row.line}: a ${kind} word needs a precision (locality, district or province), not "${row.place}".`);
      (kind === 'generic' ? generics : facilities).set(row.word, row.place);
    }
  }
  const byKind = Object.fromEntries(sets) as Record<PlaceCue, Set<string>>;
  loaded = { has: (kind, word) => byKind[kind].has(word), sets: byKind, seats, sites, generics, facilities };
  return loaded;
}
