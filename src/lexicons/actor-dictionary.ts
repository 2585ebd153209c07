import { dataPath } from '../data-files/data-path.js';
import { readTsv } from '../data-files/read-tsv.js';
import { actorEntryFromRow, type ActorEntry } from './actor-entry.js';
import { PhraseIndex, type PhraseLookup } from './phrase-index.js';
import { isUpperWord, phraseWords, wordKey } from './phrase-words.js';

/**
 * sitrep's actor dictionary: the rows of actors-cameo.tsv (derived from CAMEO) and actors-sitrep.tsv
 * (reviewed additions), indexed by every name and alias. An id in actors-sitrep.tsv replaces all the
 * CAMEO rows of that id; on an alias both files share, the sitrep rows come first.
 * Example: dictionary.index.matchesAt(words, 3)[0].phrase.value -> [entry of 'sergey-lavrov', …]
 */
export interface ActorDictionary {
  index: PhraseLookup<ActorEntry[]>;
  byId: Map<string, ActorEntry[]>;
  /** People's rows by the key of their name's last word: 'mugabe' -> rows of Robert Mugabe, for 'President Mugabe'. */
  bySurname: Map<string, ActorEntry[]>;
  entries: number;
}

let loaded: ActorDictionary | undefined;

/** A possessive inside a name: "People's", "Workers’s". */
const INNER_POSSESSIVE = /\w['’]s\b/;
const INNER_POSSESSIVE_ALL = /['’]s\b/g;

/** Loads the dictionary on first use and keeps it. */
export function actorDictionary(): ActorDictionary {
  loaded ??= buildDictionary([
    ...readTsv(dataPath('lexicons', 'actors-sitrep.tsv')).map((r) => actorEntryFromRow(r, 'actors-sitrep.tsv')),
    ...readTsv(dataPath('lexicons', 'actors-cameo.tsv')).map((r) => actorEntryFromRow(r, 'actors-cameo.tsv')),
  ]);
  return loaded;
}

/** Builds a dictionary from entries, earlier ones first: the loader puts sitrep's before CAMEO's. */
export function buildDictionary(entries: ActorEntry[]): ActorDictionary {
  const byId = new Map<string, ActorEntry[]>();
  const owner = new Map<string, string>();
  for (const e of entries) {
    const src = owner.get(e.id);
    if (src && src !== e.source && src === 'sitrep') continue; // sitrep's rows replace CAMEO's of the same id
    owner.set(e.id, e.source);
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  }
  // One phrase (lower case) -> the rows of every actor it names, so a date can choose among them
  // at match time. The first way of writing it is indexed: sitrep's file comes first and decides
  // whether it is an acronym that must appear in capitals.
  const byPhrase = new Map<string, { written: string; rows: ActorEntry[] }>();
  const bySurname = new Map<string, ActorEntry[]>();
  for (const rows of byId.values()) {
    if (rows[0].kind === 'person') {
      const last = rows[0].name.slice(rows[0].name.lastIndexOf(' ') + 1);
      const key = last.length > 2 ? wordKey(last) : '';
      if (key) {
        const list = bySurname.get(key);
        if (list) list.push(...rows);
        else bySurname.set(key, [...rows]);
      }
    }
    const names = new Set<string>();
    for (const r of rows) {
      names.add(r.name);
      for (const a of r.aliases) names.add(a);
    }
    // Pages that lose their apostrophes write "Kurdish Peoples Protection Units", "Workers Party": the name without them names the party too.
    for (const name of [...names]) if (INNER_POSSESSIVE.test(name)) names.add(name.replace(INNER_POSSESSIVE_ALL, 's'));
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.toLowerCase();
      if (seen.has(key)) {
        // 'ISIS|Isis' in sitrep's file: some papers write an acronym as a word ('Isis', 'Nato'), and the
        // reviewed row that lists both lets either match; CAMEO's title-cased acronyms ('The Un') still need capitals.
        const slot = byPhrase.get(key);
        if (slot && rows[0].source === 'sitrep' && isUpperWord(slot.written) && !isUpperWord(name)) slot.written = name;
        continue;
      }
      seen.add(key);
      const slot = byPhrase.get(key);
      if (slot) slot.rows.push(...rows);
      else byPhrase.set(key, { written: name, rows: [...rows] });
    }
  }
  const index = new PhraseIndex<ActorEntry[]>();
  // A leading 'the' is left out ('The UN', 'the Kremlin'): otherwise 'The UN Security Council' would
  // stop at 'The UN', the longest name that starts at 'The'.
  const phrases = [...byPhrase.values()].map(({ written, rows }) => {
    const words = phraseWords(written);
    return { words: words.length > 1 && words[0].key === 'the' ? words.slice(1) : words, rows };
  });
  // CAMEO title-cases acronyms ('The Un', 'The Eu'): a one-word name the dictionary also writes in
  // capitals is that acronym, so it must appear in capitals too ('Un' of 'Kim Jong Un' is no UN).
  const acronyms = new Set(phrases.filter((p) => p.words.length === 1 && p.words[0].upper).map((p) => p.words[0].key));
  for (const { words, rows } of phrases) {
    if (words.length === 1 && acronyms.has(words[0].key)) words[0] = { ...words[0], upper: true };
    index.add(words, rows);
  }
  return { index, byId, bySurname, entries: byId.size };
}
