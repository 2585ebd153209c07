import type { ActorKind } from '../model/actor.js';
import { dataPath } from '../data-files/data-path.js';
import { readTsv } from '../data-files/read-tsv.js';
import { PhraseIndex, type PhraseLookup } from './phrase-index.js';
import { phraseWords } from './phrase-words.js';

/**
 * One generic agent of agents.tsv or one country adjective of actors-adjectives.tsv.
 * Example: { phrase: 'soldiers', type: 'agent', code: 'MIL', kind: 'military', context: '' }
 *          { phrase: 'Syrian', type: 'adjective', code: 'SYR', kind: 'state', country: 'SY' }
 */
export interface AgentEntry {
  phrase: string;
  type: 'agent' | 'title' | 'adjective' | 'describe';
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
}

let loaded: AgentLexicon | undefined;

/** Loads agents.tsv and actors-adjectives.tsv on first use. */
export function agentLexicon(): AgentLexicon {
  if (loaded) return loaded;
  const index = new PhraseIndex<AgentEntry>();
  const countryOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const row of readTsv(dataPath('lexicons', 'agents.tsv'))) {
    if (!['agent', 'title', 'adjective', 'describe'].includes(row.type)) throw new Error(`agents.tsv:${row.line}: type "${row.type}" must be agent, title, adjective or describe.`);
    for (const phrase of row.phrase.split('|')) {
      const entry: AgentEntry = { phrase, type: row.type as AgentEntry['type'], code: row.code, kind: row.kind as ActorKind, context: (row.context ?? '') as AgentEntry['context'] };
      index.add(phraseWords(phrase).map((w) => ({ ...w, capital: false })), entry);
      if (entry.type === 'adjective') taken.add(phrase.toLowerCase());
    }
  }
  for (const row of readTsv(dataPath('lexicons', 'actors-adjectives.tsv'))) {
    countryOf.set(row.code, row.country);
    if (taken.has(row.adjective.toLowerCase())) continue;
    index.add(phraseWords(row.adjective), { phrase: row.adjective, type: 'adjective', code: row.code, kind: 'state', context: '', country: row.country });
  }
  // agents.tsv adjectives name CAMEO codes only; the derived file knows their ISO codes.
  loaded = { index, countryOf };
  return loaded;
}
