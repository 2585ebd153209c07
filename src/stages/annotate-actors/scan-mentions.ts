import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { resolveActor } from '../../lexicons/resolve-actor.js';
import { actsHere } from './named-actor-context.js';
import { agentAt, composeAt, countryListAt } from './compose-agent.js';
import type { FoundMention } from './found-mention.js';

/** What the scan needs besides the words. */
export interface ScanContext {
  text: string;
  day?: string;
  places: readonly PlaceMention[];
  dict: ActorDictionary;
  agents: AgentLexicon;
  /** Countries of the states and capitals the scan read as locations ('in Syria'): votes for the article's country. */
  placeCountries: string[];
  /** Word positions the scan read as locations: not actors, and not unknown names either. */
  placeWords: Array<[number, number]>;
}

function namedAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | 'place' | undefined {
  for (const m of ctx.dict.index.matchesAt(words, at)) {
    const resolved = resolveActor(m.phrase.value, ctx.day);
    if (!resolved) continue;
    if (actsHere(resolved.entry, words, at, m.end, ctx.places) === 'place') {
      if (resolved.entry.country && resolved.entry.kind === 'state') ctx.placeCountries.push(resolved.entry.country);
      ctx.placeWords.push([at, m.end]);
      return 'place';
    }
    const k = resolved.entry.kind;
    const end = k === 'armed-group' || k === 'rebels' || k === 'igo' ? armedNounEnd(words, m.end, ctx) : m.end;
    return { start: at, end, actor: resolved.ref, confidence: resolved.confidence, source: 'named', head: words[m.end - 1].key };
  }
  return undefined;
}

/**
 * Where a named party's mention ends once an armed noun after it is taken in: 'Hezbollah fighters',
 * 'ISIS militants', 'Liwa al-Quds fighters' name the group, not fighters of no one.
 */
export function armedNounEnd(words: readonly TextWord[], end: number, ctx: Pick<ScanContext, 'agents'>): number {
  if (end >= words.length || words[end].sentence !== words[end - 1].sentence) return end;
  const a = agentAt(words, end, ctx.agents, ['agent', 'describe']);
  if (!a) return end;
  const armed = a.entry.type === 'describe' ? a.entry.code === 'militants' : a.entry.kind === 'military' || a.entry.kind === 'rebels';
  return armed ? a.end : end;
}

/** A 'describe' phrase of agents.tsv; 'a source familiar with' reaches over 'the negotiations'. */
// 'terrorist' in 'recognized as terrorist', 'civilian' in 'civilian casualties' modify; they name nobody.
const nounEnd = (words: readonly TextWord[], end: number) => /^(NOUN|PROPN)$/.test(words[end - 1].pos);

function describeAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const d = agentAt(words, at, ctx.agents, ['describe']);
  if (!d || (d.end - at === 1 && !nounEnd(words, d.end))) return undefined;
  let end = d.end;
  if (words[end - 1].key === 'with') {
    if (words[end]?.key === 'the') end++;
    while (words[end] && /^(NOUN|PROPN|ADJ)$/.test(words[end].pos) && words[end].sentence === words[at].sentence) end++;
  }
  return { start: at, end, confidence: 0.7, source: 'describe', describes: d.entry.code };
}

/** A generic agent with no country: 'civilians' -> CVL; 'rebels' waits for the article's country. */
function bareAgentAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const a = agentAt(words, at, ctx.agents, ['agent']);
  if (!a || a.entry.context === 'needs-country' || !nounEnd(words, a.end)) return undefined;
  const text = ctx.text.slice(words[at].start, words[a.end - 1].end);
  const m: FoundMention = { start: at, end: a.end, confidence: 0.6, source: 'agent', head: words[a.end - 1].key,
    actor: { id: a.entry.code.toLowerCase(), name: text, code: a.entry.code, kind: a.entry.kind } };
  if (a.entry.context === 'country') m.contextSector = a.entry.code;
  return m;
}

/** A country adjective alone before a noun ('Russian strikes'): the state, with low confidence. */
function adjectiveAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const { list, end } = countryListAt(words, at, ctx.agents, ctx.dict);
  if (list.length !== 1 || list[0].end - list[0].start > 1 || words[end]?.pos !== 'NOUN') return undefined;
  const c = list[0];
  const actor = { id: `country-${c.code.toLowerCase()}`, name: c.name, code: c.code, kind: 'state' as const, ...(c.country ? { country: c.country } : {}) };
  return { start: at, end: c.end, actor, confidence: 0.5, source: 'adjective' };
}

/**
 * One pass left to right over the words: at each position the longest of a dictionary name, a
 * country + agent phrase, a description, or a bare agent; ties go to the dictionary.
 */
export function scanMentions(words: readonly TextWord[], ctx: ScanContext): FoundMention[] {
  const found: FoundMention[] = [];
  let i = 0;
  while (i < words.length) {
    // Most words start nothing in either lexicon.
    if (!ctx.dict.index.matchesAt(words, i).length && !ctx.agents.index.matchesAt(words, i).length) {
      i++;
      continue;
    }
    const named = namedAt(words, i, ctx);
    const composed = composeAt(words, i, ctx.agents, ctx.dict, ctx.text);
    const composedEnd = composed.length ? composed[0].end : 0;
    const namedEnd = named && named !== 'place' ? named.end : 0;
    if (composedEnd > namedEnd) {
      found.push(...composed);
      i = composedEnd;
      continue;
    }
    if (named === 'place') {
      i++;
      continue;
    }
    const describe = describeAt(words, i, ctx);
    if (named && (!describe || describe.end <= named.end)) {
      found.push(named);
      i = named.end;
      continue;
    }
    const other = describe ?? bareAgentAt(words, i, ctx) ?? adjectiveAt(words, i, ctx);
    if (other) {
      found.push(other);
      i = other.end;
      continue;
    }
    i++;
  }
  return found;
}
