import type { ActorRef } from '../../model/actor.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentEntry, AgentLexicon } from '../../lexicons/agent-lexicon.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import { foundMention, type FoundMention } from './found-mention.js';
import { bodyOwnerBefore } from './body-before.js';
import { packedMap } from '../packed-map.js';

/** A country named before an agent noun: 'Syrian', 'U.S.', "Russia's". Example: { start: 3, end: 4, code: 'SYR', country: 'SY', name: 'Syrian' } */
export interface CountryWord { start: number; end: number; code: string; country?: string; name: string; region?: boolean }

// 'Russian-backed forces', 'US-led coalition': the country backs or leads the noun's party; it is not its country.
const BACKING = new Set(['backed', 'led', 'supported', 'sponsored', 'allied', 'aligned', 'funded', 'armed', 'trained', 'controlled', 'held', 'run', 'affiliated', 'linked']);

/** True when a hyphenated backing word follows the country word that ends at `end`: 'Iranian-backed'. */
export function backerEndsAt(words: readonly TextWord[], end: number): boolean {
  const next = words[end];
  return Boolean(next && BACKING.has(next.key) && next.start === words[end - 1].end + 1 && next.sentence === words[end - 1].sentence);
}

function countryAt(words: readonly TextWord[], at: number, agents: AgentLexicon, dict: ActorDictionary): CountryWord | undefined {
  const c = countryWordAt(words, at, agents, dict);
  return c && !backerEndsAt(words, c.end) ? c : undefined;
}

/** The country word at `at`, a backer ('Russian' of 'Russian-backed') included. */
export function countryWordAt(words: readonly TextWord[], at: number, agents: AgentLexicon, dict: ActorDictionary): CountryWord | undefined {
  if (at >= words.length) return undefined;
  const adj = agents.index.matchesAt(words, at).find((m) => m.phrase.value.type === 'adjective' || m.phrase.value.type === 'region');
  if (adj) {
    const v = adj.phrase.value;
    if (v.type === 'region') return { start: at, end: adj.end, code: v.code, name: v.phrase, region: true };
    return { start: at, end: adj.end, code: v.code, country: v.country ?? agents.countryOf.get(v.code), name: v.phrase };
  }
  // "Russia's defence ministry", 'Turkey's army'.
  for (const m of dict.index.matchesAt(words, at)) {
    const state = m.phrase.value.find((e) => e.kind === 'state');
    if (state && words[m.end]?.key === "'s") return { start: at, end: m.end + 1, code: state.code, country: state.country, name: state.name };
    if (state && backerEndsAt(words, m.end)) return { start: at, end: m.end, code: state.code, country: state.country, name: state.name };
    // A state's name used as its adjective before an office or an arm of the state: 'Kyrgyz Prime Minister', 'Russia troops'
    // (not before 'people': 'Donetsk', a city CAMEO files under Ukraine, begins "Donetsk People's Republic").
    if (state && statePartAt(words, m.end, agents)) return { start: at, end: m.end, code: state.code, country: state.country, name: state.name };
    // "Cairo's intelligence services", "Moscow's troops": a capital speaks for its state as the state's name does.
    const capital = m.phrase.value.find((e) => e.tags.includes('capital') && e.country && e.code.length >= 3);
    if (capital && words[m.end]?.key === "'s" && statePartAt(words, m.end + 1, agents)) return { start: at, end: m.end + 1, code: capital.code.slice(0, 3), country: capital.country, name: capital.name };
  }
  return undefined;
}

const STATE_KINDS = new Set(['government', 'military', 'police']);

// An office ('Prime Minister') or an arm of the state ('troops', 'government', 'police') at `at`.
function statePartAt(words: readonly TextWord[], at: number, agents: AgentLexicon): boolean {
  const a = agentAt(words, at, agents, ['title', 'agent']);
  return Boolean(a && (a.entry.type === 'title' || STATE_KINDS.has(a.entry.kind)));
}

/** 'Russian and Syrian', 'Iraqi, Syrian and Turkish': the countries and where the list ends. */
export function countryListAt(words: readonly TextWord[], at: number, agents: AgentLexicon, dict: ActorDictionary): { list: CountryWord[]; end: number } {
  const list: CountryWord[] = [];
  let i = at;
  for (;;) {
    const c = countryAt(words, i, agents, dict);
    if (!c) break;
    list.push(c);
    i = c.end;
    const sep = words[i]?.key;
    if ((sep === 'and' || sep === ',') && countryAt(words, i + 1, agents, dict)) i++;
    else break;
  }
  return { list, end: list.length ? list[list.length - 1].end : at };
}

/** The agent or title noun that starts at `at`, longest first. */
export function agentAt(words: readonly TextWord[], at: number, agents: AgentLexicon, types: AgentEntry['type'][]): { entry: AgentEntry; end: number } | undefined {
  if (at >= words.length) return undefined;
  // A plain loop: this runs at every word that starts a phrase, and find's closure cost more than the test.
  for (const m of agents.index.matchesAt(words, at)) if (types.includes(m.phrase.value.type)) return { entry: m.phrase.value, end: m.end };
  return undefined;
}

/**
 * The actor a country code and an agent's sector make: SYR + MIL -> SYRMIL. A region has no government,
 * so its ministers are the region's states speaking together: ARB + GOV -> ARB.
 */
export function composedRef(code: string, country: string | undefined, agent: AgentEntry, text: string, region = false): ActorRef {
  const full = region && agent.code === 'GOV' ? code : code + agent.code;
  const ref: ActorRef = { id: full.toLowerCase(), name: text, code: full, kind: agent.type === 'title' ? 'person' : agent.kind };
  if (country) ref.country = country;
  if (agent.type === 'title') ref.role = agent.phrase;
  return ref;
}

// 'Iraqi F-16 jets', 'Russian Su-25 warplanes': a model's letters and number (their hyphen dropped from the words)
// stand between a country and its aircraft.
const MODEL_NUMBER = /^\d+[A-Za-z]*$/;
function pastModel(words: readonly TextWord[], at: number): number {
  const letters = words[at];
  const number = words[at + 1];
  if (!letters || !number || !letters.capital || letters.text.length > 4 || number.start !== letters.end + 1 || !MODEL_NUMBER.test(number.text)) return at;
  return at + 2;
}

/**
 * 'Iraqi and Kurdish forces', 'Turkish and rebel troops': a country adjective joined by 'and' to another word that shares
 * its agent noun is that country's part of the noun (IRQMIL), on the adjective alone; the scan goes on at 'and', so the
 * other member ('Kurdish forces') is read on its own.
 */
function sharedAgentAt(words: readonly TextWord[], list: readonly CountryWord[], end: number, agents: AgentLexicon, text: string): FoundMention[] {
  const and = words[end];
  const other = words[end + 1];
  if (!and || !other || and.key !== 'and' || and.sentence !== words[list[0].start].sentence || other.sentence !== and.sentence) return [];
  if (other.pos !== 'ADJ' && other.pos !== 'PROPN' && other.pos !== 'NOUN') return [];
  const agent = agentAt(words, end + 2, agents, ['agent']);
  if (!agent || agent.entry.context === '' && agent.entry.kind === 'civilians') return [];
  return packedMap(list, (c) => foundMention(c.start, c.end,
    composedRef(c.code, c.country, agent.entry, text.slice(words[c.start].start, words[c.end - 1].end), c.region),
    0.6, 'agent', words[agent.end - 1].key));
}

/**
 * Country adjectives (one or a list) followed by an agent noun: one mention a country, each from its
 * adjective to the noun ('Russian and Syrian military' -> RUSMIL; 'Syrian military' -> SYRMIL).
 */
export function composeAt(words: readonly TextWord[], at: number, agents: AgentLexicon, dict: ActorDictionary, text: string): FoundMention[] {
  const { list, end } = countryListAt(words, at, agents, dict);
  if (!list.length) return [];
  const agent = agentAt(words, end, agents, ['agent', 'title']) ?? agentAt(words, pastModel(words, end), agents, ['agent']);
  if (!agent) return sharedAgentAt(words, list, end, agents, text);
  // A title followed by a name is the name's, not a mention of its own: 'Russian President Vladimir Putin'.
  // Not a plural one, which no single name holds: 'after meeting Arab foreign ministers U.S. Secretary …'.
  const plural = /[^s]s$/.test(agent.entry.phrase);
  if (agent.entry.type === 'title' && !plural && words[agent.end]?.capital && words[agent.end].pos === 'PROPN') return [];
  const last = agent.end;
  // "The UN's Syria envoy": the country is the field of a body's official, who speaks for the body.
  const owner = list.length === 1 && (agent.entry.type === 'title' || agent.entry.context === 'needs-country') ? bodyOwnerBefore(words, at, dict) : undefined;
  if (owner) {
    const name = text.slice(words[owner.start].start, words[last - 1].end);
    return [foundMention(owner.start, last, { id: owner.entry.id, name, code: owner.code, kind: owner.entry.kind }, 0.7, 'agent', words[last - 1].key)];
  }
  return packedMap(list, (c) => foundMention(c.start, last,
    composedRef(c.code, c.country, agent.entry, text.slice(words[c.start].start, words[last - 1].end), c.region),
    0.8, 'agent', words[last - 1].key));
}
