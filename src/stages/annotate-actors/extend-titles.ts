import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import type { AgentEntry } from '../../lexicons/agent-lexicon.js';
import type { ActorEntry } from '../../lexicons/actor-entry.js';
import type { ActorRef } from '../../model/actor.js';
import { resolveActor } from '../../lexicons/resolve-actor.js';
import { agentAt, composedRef, countryListAt, type CountryWord } from './compose-agent.js';

const kebab = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
import type { FoundMention } from './found-mention.js';
import { bodyEndingAt } from './body-before.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const LOWER_LETTERS = /^[a-z]+$/;

/** Where a title phrase ('Secretary of State', 'foreign Minister') that ends at `end` starts, if one does. */
function titleEndingAt(words: readonly TextWord[], end: number, agents: AgentLexicon): { start: number; head: string; entry: AgentEntry } | undefined {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const t = agentAt(words, start, agents, ['title']);
    if (t && t.end === end && words[start].sentence === words[end]?.sentence) return { start, head: words[end - 1].key, entry: t.entry };
  }
  return undefined;
}

/** Where a country word ('U.S.', 'Russian', "Turkey's") that ends at `end` starts. */
function countryEndingAt(words: readonly TextWord[], end: number, agents: AgentLexicon, dict: ActorDictionary): Pick<CountryWord, 'start' | 'code' | 'country' | 'region'> | undefined {
  for (let start = Math.max(0, end - 3); start < end; start++) {
    const c = countryListAt(words, start, agents, dict);
    if (c.list.length === 1 && c.end === end) return c.list[0];
  }
  return undefined;
}

/** "Iran's religious leader" before `end`: the state of a possessive followed by one to three lower-case words. */
function possessorBefore(words: readonly TextWord[], end: number, agents: AgentLexicon, dict: ActorDictionary): { start: number; code: string; country?: string } | undefined {
  for (let gap = 1; gap <= 3 && end - gap > 0; gap++) {
    const w = words[end - gap];
    if (w.capital || w.sentence !== words[end]?.sentence || !LOWER_LETTERS.test(w.key)) return undefined;
    const c = countryEndingAt(words, end - gap, agents, dict);
    if (c && words[end - gap - 1]?.key === "'s") return c;
  }
  return undefined;
}

/**
 * Stretches a person's mention over the office and country before the name: 'U.S. Secretary of
 * state John Kerry', 'foreign Minister Sergei Lavrov'. The words it takes in stop being mentions of
 * their own, and the title becomes a head a later 'the Secretary' can point back to.
 */
export function extendTitles(found: FoundMention[], words: readonly TextWord[], agents: AgentLexicon, dict: ActorDictionary, text: string, day?: string): FoundMention[] {
  for (const m of found) {
    if ((m.actor?.kind !== 'person' && m.source !== 'unknown') || m.source === 'title') continue;
    const title = titleEndingAt(words, m.start, agents);
    let start = m.start;
    if (title) {
      start = title.start;
      m.head = title.head;
    } else if (m.actor?.role) {
      m.head = m.actor.role.split(' ')[0].toLowerCase();
    }
    // A title inside the dictionary name itself ('Secretary of State John Kerry').
    for (let k = m.start; k < m.end && !title; k++) if (agentAt(words, k, agents, ['title'])) { m.head = words[k].key; break; }
    const country = countryEndingAt(words, start, agents, dict);
    if (country && (title || m.actor)) start = country.start;
    // An unknown name with an office and a country: 'Syrian Deputy Minister Ahmad X' -> SYRGOV.
    if (!m.actor && title && country) {
      m.actor = composedRef(country.code, country.country, title.entry, text.slice(words[m.start].start, words[m.end - 1].end), country.region);
      m.actor.id = kebab(m.actor.name);
      m.confidence = 0.6;
    }
    // "Iran's religious leader Ayatollah X": a state's possessive and a few lower-case words of description before an
    // unknown name give the person that state.
    const owner = !m.actor && !country ? possessorBefore(words, start, agents, dict) : undefined;
    if (owner) {
      const name = text.slice(words[owner.start].start, words[m.end - 1].end);
      m.actor = { id: kebab(name), name, code: owner.code, kind: 'person', ...(owner.country ? { country: owner.country } : {}) };
      m.confidence = 0.5;
      start = owner.start;
    }
    // 'Rwandan Patriotic Front', 'Nigerian Union of Teachers': an unknown name after a country word is that country's.
    // Not a word of a compound modifier ("Somalia's Western-backed government").
    if (!m.actor && !title && country && m.source === 'unknown' && !text.startsWith('-', words[m.end - 1].end)) {
      const name = text.slice(words[country.start].start, words[m.end - 1].end);
      // 'Somali National Army': a name that ends in an agent noun is that arm of the state.
      const arm = agentAt(words, m.end - 1, agents, ['agent']);
      m.actor = arm && arm.end === m.end ? { ...composedRef(country.code, country.country, arm.entry, name), id: kebab(name) }
        : { id: kebab(name), name, code: country.code, kind: 'party', ...(country.country ? { country: country.country } : {}) };
      m.confidence = 0.5;
      start = country.start;
    }
    // 'Arab League Secretary General Chadli Klibi': an office of an international body names one of its officials.
    const body = title && !country ? bodyEndingAt(words, start, dict) : undefined;
    // 'French U.N. Ambassador X', "Egypt's U.N. envoy X": a state before the body is the one the envoy to it speaks for.
    const sender = body ? countryEndingAt(words, body.start, agents, dict) : undefined;
    if (body && sender && title) {
      if (!m.actor) {
        m.actor = composedRef(sender.code, sender.country, title.entry, text.slice(words[m.start].start, words[m.end - 1].end), sender.region);
        m.actor.id = kebab(m.actor.name);
        m.confidence = 0.6;
      }
      start = sender.start;
    } else if (body && title && m.actor) {
      start = body.start;
    } else if (body && title) {
      const name = text.slice(words[body.start].start, words[m.end - 1].end);
      m.actor = { id: kebab(name), name, code: body.code, kind: 'person', role: title.entry.phrase };
      m.confidence = 0.6;
      start = body.start;
    }
    // 'President Mugabe': a surname after an office names the one person the dictionary knows by it.
    if (!m.actor && title) {
      const known = surnameHolder(words, m, dict, title.entry, country?.code, day);
      if (known) {
        m.actor = known;
        m.confidence = 0.6;
      } else if (!country && title.entry.context === 'country') {
        // 'Prime Minister Ahmed X' with no country: the article's, chosen once the stage knows it.
        m.actor = composedRef('', undefined, title.entry, text.slice(words[m.start].start, words[m.end - 1].end));
        m.actor.id = kebab(m.actor.name);
        m.contextSector = title.entry.code;
        m.confidence = 0.4;
      }
    }
    m.start = start;
  }
  return found;
}

/** The one person whose surname is the mention's single word and whose code fits the office and country on `day`. */
function surnameHolder(words: readonly TextWord[], m: FoundMention, dict: ActorDictionary, office: AgentEntry, country: string | undefined, day: string | undefined): ActorRef | undefined {
  if (m.end - m.start !== 1) return undefined;
  const rows = dict.bySurname.get(words[m.start].key);
  if (!rows) return undefined;
  const byId = new Map<string, ActorEntry[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  let found: ActorRef | undefined;
  for (const list of byId.values()) {
    const r = resolveActor(list, day);
    if (!r || r.ref.code.endsWith('ELI') || (country && !r.ref.code.startsWith(country)) || !r.ref.code.endsWith(office.code)) continue;
    if (found && found.id !== r.ref.id) return undefined;
    found = r.ref;
  }
  return found;
}

/** Drops what a stretched mention now covers ('U.S.' inside 'U.S. Secretary of state John Kerry'). */
export function dropCovered(found: FoundMention[]): FoundMention[] {
  // Mentions of one list ('Russian and Syrian military') share their end and all stay.
  const inside = (m: FoundMention, o: FoundMention) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start
    && !(o.source === 'agent' && m.source === 'agent' && o.end === m.end);
  // Only a mention that some other one starts at or before and ends at or after can be inside one:
  // a pass in start order marks those, and only they are checked against every other mention.
  const order = found.map((_, i) => i).sort((a, b) => found[a].start - found[b].start);
  const mayBeInside = new Uint8Array(found.length);
  let endBefore = -Infinity;
  for (let g = 0; g < order.length;) {
    const start = found[order[g]].start;
    let h = g;
    let groupEnd = -Infinity;
    for (; h < order.length && found[order[h]].start === start; h++) groupEnd = Math.max(groupEnd, found[order[h]].end);
    for (let k = g; k < h; k++) if (endBefore >= found[order[k]].end || groupEnd > found[order[k]].end) mayBeInside[order[k]] = 1;
    endBefore = Math.max(endBefore, groupEnd);
    g = h;
  }
  return found.filter((m, i) => !mayBeInside[i] || !found.some((o) => inside(m, o)));
}
