import type { ActorKind } from '../model/actor.js';
import { dataPath } from '../data-files/data-path.js';
import { readTsv } from '../data-files/read-tsv.js';
import { PhraseIndex, type PhraseLookup } from './phrase-index.js';
import { phraseWords } from './phrase-words.js';

/**
 * One generic agent of agents.tsv or one country adjective of actors-adjectives.tsv.
 * Example: { phrase: 'soldiers', type: 'agent', code: 'MIL', kind: 'military', context: '' }
 *          { phrase: 'Syrian', type: 'adjective', code: 'SYR', kind: 'state', country: 'SY' }
 *          { phrase: 'Syrians', type: 'people', code: 'SYR', kind: 'civilians', country: 'SY' }
 */
export interface AgentEntry {
  phrase: string;
  type: 'agent' | 'title' | 'adjective' | 'region' | 'people' | 'describe';
  code: string;
  kind: ActorKind;
  /** 'country': use the article's main country when none is named; 'needs-country': only with one. */
  context: '' | 'country' | 'needs-country';
  country?: string;
}

/** The agents and adjectives, indexed by phrase; `countryOf` maps a CAMEO country code to ISO alpha-2. */
export interface AgentLexicon {
  index: PhraseLookup<AgentEntry>;
  countryOf: Map<string, string>;
  /** Country adjectives in lower case ('russian', 'u.s.'): a party that modifies a noun, never a place named before it. */
  adjectives: Set<string>;
}

const TYPES = ['agent', 'title', 'adjective', 'region', 'people', 'describe'];

let loaded: AgentLexicon | undefined;

/** Loads agents.tsv and actors-adjectives.tsv on first use. */
export function agentLexicon(): AgentLexicon {
  if (loaded) return loaded;
  const index = new PhraseIndex<AgentEntry>();
  const countryOf = new Map<string, string>();
  const taken = new Set<string>();
  const adjectives: AgentEntry[] = [];
  for (const row of readTsv(dataPath('lexicons', 'agents.tsv'))) {
    if (!TYPES.includes(row.type)) throw new Error(`agents.tsv:${row.line}: type "${row.type}" must be one of ${TYPES.join(', ')}.`);
    for (const phrase of row.phrase.split('|')) {
      const entry: AgentEntry = { phrase, type: row.type as AgentEntry['type'], code: row.code, kind: row.kind as ActorKind, context: (row.context ?? '') as AgentEntry['context'] };
      index.add(phraseWords(phrase).map((w) => ({ ...w, capital: false })), entry);
      if (entry.type === 'adjective' || entry.type === 'region' || entry.type === 'people') taken.add(phrase.toLowerCase());
      if (entry.type === 'adjective' || entry.type === 'region') adjectives.push(entry);
    }
  }
  for (const row of readTsv(dataPath('lexicons', 'actors-adjectives.tsv'))) {
    countryOf.set(row.code, row.country);
    if (taken.has(row.adjective.toLowerCase())) continue;
    const entry: AgentEntry = { phrase: row.adjective, type: 'adjective', code: row.code, kind: 'state', context: '', country: row.country };
    index.add(phraseWords(row.adjective), entry);
    adjectives.push(entry);
  }
  // A country's people by the plural of its adjective: 'Syrians', 'Iraqis', 'Afghans' (not 'Frenchs').
  for (const adj of adjectives) {
    const plural = /^[A-Z][a-z]+(?:an|i)$/.test(adj.phrase) ? adj.phrase + 's' : undefined;
    if (!plural || taken.has(plural.toLowerCase())) continue;
    taken.add(plural.toLowerCase());
    index.add(phraseWords(plural), { phrase: plural, type: 'people', code: adj.code, kind: 'civilians', context: '', country: adj.country });
  }
  loaded = { index, countryOf, adjectives: new Set(adjectives.map((a) => a.phrase.toLowerCase())) };
  return loaded;
}
