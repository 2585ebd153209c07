import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import { agentLexicon, type AgentEntry, type AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { resolveActor } from '../../lexicons/resolve-actor.js';
import { actsHere, PLACE_HEADS } from './named-actor-context.js';
import { agentAt, backerEndsAt, composeAt, composedRef, countryListAt, countryWordAt, type CountryWord } from './compose-agent.js';
import { foundMention, type FoundMention } from './found-mention.js';

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
  /** Every first word of a phrase of `dict` or `agents`: one lookup tells that a word starts neither. */
  phraseStarts?: ReadonlySet<string>;
}

// The entry types each lookup takes, made once rather than at every call.
const AGENT: AgentEntry['type'][] = ['agent'];
const DESCRIBE: AgentEntry['type'][] = ['describe'];
const TITLE: AgentEntry['type'][] = ['title'];
const AGENT_OR_DESCRIBE: AgentEntry['type'][] = ['agent', 'describe'];

function namedAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | 'place' | undefined {
  for (const m of ctx.dict.index.matchesAt(words, at)) {
    if (halfOfAcronym(words, at, m.end, ctx.text)) continue;
    const resolved = resolveActor(m.phrase.value, ctx.day);
    if (!resolved) continue;
    if (actsHere(resolved.entry, words, at, m.end, ctx.places) === 'place') {
      if (resolved.entry.country && resolved.entry.kind === 'state') ctx.placeCountries.push(resolved.entry.country);
      ctx.placeWords.push([at, m.end]);
      return 'place';
    }
    const k = resolved.entry.kind;
    const end = k === 'armed-group' || k === 'rebels' || k === 'igo' ? armedNounEnd(words, m.end, ctx) : m.end;
    return foundMention(at, end, resolved.ref, resolved.confidence, 'named', words[m.end - 1].key);
  }
  return undefined;
}

/**
 * 'CSP-DPA', an alliance's acronym, is one name: an acronym hyphened with no space to another acronym is not
 * the party its half spells ('DPA', the news agency). 'Russia-backed', 'US-Iraqi' are left alone.
 */
function halfOfAcronym(words: readonly TextWord[], at: number, end: number, text: string): boolean {
  if (end - at !== 1 || !words[at].upper) return false;
  // The words drop a hyphen between two words (text-words.ts): a gap of one character is where it stood.
  const hyphened = (a: TextWord | undefined, b: TextWord | undefined) => a !== undefined && b !== undefined && b.start === a.end + 1 && text[a.end] === '-' && a.upper && b.upper;
  return hyphened(words[at - 1], words[at]) || hyphened(words[at], words[end]);
}

/**
 * Where a named party's mention ends once an armed noun after it is taken in: 'Hezbollah fighters',
 * 'ISIS militants', 'Liwa al-Quds fighters' name the group, not fighters of no one.
 */
export function armedNounEnd(words: readonly TextWord[], end: number, ctx: Pick<ScanContext, 'agents'>): number {
  if (end >= words.length || words[end].sentence !== words[end - 1].sentence) return end;
  const a = agentAt(words, end, ctx.agents, AGENT_OR_DESCRIBE);
  if (!a) return end;
  const armed = a.entry.type === 'describe' ? a.entry.code === 'militants' : a.entry.kind === 'military' || a.entry.kind === 'rebels';
  return armed ? a.end : end;
}

/** A 'describe' phrase of agents.tsv; 'a source familiar with' reaches over 'the negotiations'. */
// 'terrorist' in 'recognized as terrorist', 'civilian' in 'civilian casualties' modify; they name nobody.
const nounEnd = (words: readonly TextWord[], end: number) => isNoun(words[end - 1].pos);
// What /^(NOUN|PROPN)$/ and /^(NOUN|PROPN|ADJ)$/ test, without a regex run at every phrase.
const isNoun = (pos: string) => pos === 'NOUN' || pos === 'PROPN';
const isNominal = (pos: string) => pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ';

function describeAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const d = agentAt(words, at, ctx.agents, DESCRIBE);
  if (!d || (d.end - at === 1 && !nounEnd(words, d.end))) return undefined;
  let end = d.end;
  if (words[end - 1].key === 'with') {
    if (words[end]?.key === 'the') end++;
    while (words[end] && isNominal(words[end].pos) && words[end].sentence === words[at].sentence) end++;
  }
  return foundMention(at, end, undefined, 0.7, 'describe', undefined, undefined, d.entry.code);
}

/** A generic agent with no country: 'civilians' -> CVL; 'rebels' waits for the article's country. */
function bareAgentAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const a = agentAt(words, at, ctx.agents, AGENT);
  if (!a || a.entry.context === 'needs-country' || !(nounEnd(words, a.end) || determinedHead(words, at, a.end))) return undefined;
  // A noun before it makes a compound, not a party: 'the ceasefire regime', 'a sanctions regime'.
  const prev = words[at - 1];
  // 'a former army officer who had defected': who has left a body speaks or dies for it no more.
  if (prev && prev.sentence === words[at].sentence && FORMER.has(prev.key)) return undefined;
  if (a.entry.context === 'country' && prev && prev.sentence === words[at].sentence && prev.pos === 'NOUN' && !prev.capital && !TIME_NOUNS.has(prev.key) && !lostAgentPossessive(prev)) return undefined;
  // A community word before a building or a place is its adjective: 'a Shiite mosque', 'a Sunni village'.
  const next = words[a.end];
  if (a.entry.kind === 'civilians' && next && next.sentence === words[at].sentence && (PLACE_HEADS.has(next.key) || COMMUNITY_PLACES.has(next.key))) return undefined;
  const text = ctx.text.slice(words[at].start, words[a.end - 1].end);
  const actor = { id: a.entry.code.toLowerCase(), name: text, code: a.entry.code, kind: a.entry.kind };
  return foundMention(at, a.end, actor, 0.6, 'agent', words[a.end - 1].key, a.entry.context === 'country' ? a.entry.code : undefined);
}

const FORMER = new Set(['former', 'ex', 'retired']);

// A time word before an agent dates the clause, it does not make a compound: 'Earlier today army units took control'.
const TIME_NOUNS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'evening', 'night', 'afternoon', 'week', 'weekend', 'month', 'year']);

/**
 * 'the armys air force', 'the regimes forces': an agent noun plus an 's', its apostrophe lost, owns the agent after it;
 * it does not make a compound with it. Looked up in the lexicon's own index, not the article's memo of it.
 */
function lostAgentPossessive(prev: TextWord): boolean {
  if (prev.key.length < 5 || !prev.key.endsWith('s') || prev.key.endsWith('ss')) return false;
  const bare = [{ ...prev, key: prev.key.slice(0, -1) }];
  return agentLexicon().index.matchesAt(bare, 0).some((m) => m.end === 1 && m.phrase.value.type === 'agent' && m.phrase.value.context === 'country');
}

/**
 * The tagger reads 'military' in 'urged the military to stop' as an adjective; after 'the' and with no
 * noun or adjective after it to modify, it is the noun ('the military said', not 'the military vehicles').
 */
function determinedHead(words: readonly TextWord[], at: number, end: number): boolean {
  const prev = words[at - 1], next = words[end];
  if (!prev || prev.sentence !== words[at].sentence || prev.key !== 'the') return false;
  // A possessive makes it the owner's adjective-like noun, 'the military's Joint Operations Command', named whole elsewhere.
  return !next || next.sentence !== words[at].sentence || !isNominal(next.pos) && next.key !== "'s" && next.key !== '’s';
}

/** Buildings and quarters a community word names the users of, not a party: 'a Shiite mosque'. */
const COMMUNITY_PLACES = new Set(['mosque', 'mosques', 'church', 'churches', 'shrine', 'shrines', 'temple', 'synagogue', 'cemetery', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'district', 'districts', 'quarter', 'villages', 'towns', 'area', 'areas', 'school', 'schools']);


function stateMention(words: readonly TextWord[], c: CountryWord): FoundMention {
  const actor = { id: `country-${c.code.toLowerCase()}`, name: c.name, code: c.code, kind: 'state' as const, ...(c.country ? { country: c.country } : {}) };
  return foundMention(c.start, c.end, actor, 0.5, 'adjective');
}

/**
 * Country adjectives alone before a noun ('Russian strikes', 'Turkish and Greek sides'): the states,
 * with low confidence. A backer ('Russian' of 'Russian-backed forces') is one too, though not the
 * country of the noun after it.
 */
function adjectivesAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention[] {
  const backer = countryWordAt(words, at, ctx.agents, ctx.dict);
  if (backer && backerEndsAt(words, backer.end)) return [stateMention(words, backer)];
  const { list, end } = countryListAt(words, at, ctx.agents, ctx.dict);
  if (!list.length || list.some((c) => c.end - c.start > 1) || words[end]?.pos !== 'NOUN' || PLACE_HEADS.has(words[end].key) || words[end].key === 'side') return [];
  return list.map((c) => stateMention(words, c));
}

/** A country's people: 'Syrians', 'Turks', 'the French' -> SYRCVL; not 'the French government'. */
function peopleAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  const m = ctx.agents.index.matchesAt(words, at).find((x) => x.phrase.value.type === 'people');
  const next = m && words[m.end];
  if (!m || (next && next.sentence === words[at].sentence && isNominal(next.pos))) return undefined;
  const e = m.phrase.value;
  const country = e.country ?? ctx.agents.countryOf.get(e.code);
  const actor = { id: `${e.code}cvl`.toLowerCase(), name: ctx.text.slice(words[at].start, words[m.end - 1].end), code: e.code + 'CVL', kind: 'civilians' as const, ...(country ? { country } : {}) };
  return foundMention(at, m.end, actor, 0.6, 'agent', words[m.end - 1].key);
}

/**
 * An office with no name and no country: 'the foreign minister said'. It takes the article's
 * country, unless linkCoreference finds the one office holder named before it.
 */
function bareTitleAt(words: readonly TextWord[], at: number, ctx: ScanContext): FoundMention | undefined {
  if (words[at - 1]?.key !== 'the') return undefined;
  const t = agentAt(words, at, ctx.agents, TITLE);
  if (!t || t.entry.context !== 'country' || !nounEnd(words, t.end)) return undefined;
  const next = words[t.end];
  // 'the President of Armenia', 'the Prime Minister Ahmed X' name their own holder.
  if (next && next.sentence === words[at].sentence && (next.key === 'of' || (next.capital && next.pos === 'PROPN'))) return undefined;
  const actor = composedRef('', undefined, t.entry, ctx.text.slice(words[at].start, words[t.end - 1].end));
  actor.id = t.entry.code.toLowerCase();
  return foundMention(at, t.end, actor, 0.4, 'title', words.slice(at, t.end).map((w) => w.key).join(' '), t.entry.code);
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
    if ((ctx.phraseStarts && !ctx.phraseStarts.has(words[i].key)) || (!ctx.dict.index.matchesAt(words, i).length && !ctx.agents.index.matchesAt(words, i).length)) {
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
    const other = describe ?? peopleAt(words, i, ctx) ?? bareAgentAt(words, i, ctx) ?? bareTitleAt(words, i, ctx);
    if (other) {
      found.push(other);
      i = other.end;
      continue;
    }
    const states = adjectivesAt(words, i, ctx);
    if (states.length) {
      found.push(...states);
      i = states[states.length - 1].end;
      continue;
    }
    i++;
  }
  return found;
}
