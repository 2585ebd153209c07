import type { TextWord } from '../../lexicons/phrase-index.js';
import { wordKey } from '../../lexicons/phrase-words.js';
import { foundMention, type FoundMention } from './found-mention.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';
import { linkPluralPronouns } from './plural-pronoun.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const NOUN_TAG = /^(NOUN|PROPN)$/;

// 'the group' points back to the one armed group named before it; 'the newspaper' to the one outlet.
const KIND_HEADS: Record<string, string[]> = {
  group: ['armed-group', 'rebels'], organisation: ['armed-group', 'igo', 'ngo'], organization: ['armed-group', 'igo', 'ngo'],
  movement: ['armed-group', 'rebels', 'party'], militia: ['armed-group', 'rebels'], newspaper: ['media'], agency: ['media', 'igo'],
};
// Office and body nouns that 'the …' reuses from a fuller earlier mention.
const HEADS = new Set(['secretary', 'minister', 'ministry', 'president', 'envoy', 'spokesman', 'spokeswoman', 'department', 'premier', 'chancellor', 'ambassador', 'coalition', 'observatory', 'kremlin', ...Object.keys(KIND_HEADS)]);

function lastName(m: FoundMention, words: readonly TextWord[]): string {
  return words[m.end - 1].key;
}

/**
 * Links later short mentions to the first full one (`corefOf`): the same dictionary actor again
 * ('Kerry' after 'John Kerry'), a surname alone after an unknown full name, and 'the Secretary',
 * 'the ministry', 'the group' when exactly one earlier actor fits, and 'he'/'she' after one named person.
 * Returns the new mentions ('the …', pronouns).
 */
export function linkCoreference(found: FoundMention[], words: readonly TextWord[], covered: Uint8Array): FoundMention[] {
  sortUnlessOrdered(found, (a, b) => a.start - b.start);
  const firstById = new Map<string, FoundMention>();
  for (const m of found) {
    const id = m.actor?.id;
    if (id && m.source === 'named') {
      const first = firstById.get(id);
      if (first) m.corefOf = first;
      else firstById.set(id, m);
    } else if (!m.actor && m.source === 'unknown' && m.end - m.start === 1) linkSurname(found, words, m);
  }
  linkOffices(found, words);
  linkMilitants(found);
  const added: FoundMention[] = [...linkPronouns(found, words, covered), ...linkPluralPronouns(found, words, covered)];
  for (let i = 1; i < words.length; i++) {
    if (covered[i] || words[i - 1].key !== 'the' || !HEADS.has(words[i].key)) continue;
    const mention = theHeadMention(found, words, i);
    if (mention) added.push(mention);
  }
  return added;
}

// The two helpers below hold the closures of linkCoreference's loops: written in a loop body, a closure
// captures the loop's variables, and V8 then allocates a scope for every word or mention, not only for the rare match.

/** 'Kerry' after an unknown 'John Kerry'; 'The Coalition warned' after 'the Syrian Coalition': the head word of one named party alone. */
function linkSurname(found: FoundMention[], words: readonly TextWord[], m: FoundMention): void {
  const full = found.find((o) => o.start < m.start && o.end - o.start > 1 && o.source === 'unknown' && lastName(o, words) === words[m.start].key);
  if (full) m.corefOf = full;
  const named = found.filter((o) => o.start < m.start && o.end - o.start > 1 && o.source === 'named' && o.actor && lastName(o, words) === words[m.start].key);
  // Korean and Chinese names put the family name first ('Yoon' after 'Yoon Suk Yeol', 'Xi' after 'Xi Jinping'):
  // with no earlier name ending in the word, the one named person whose name starts with it is meant (a
  // given name alone, 'John' after 'John Kerry', is rarer in news but names that one person too).
  const byFamily = full || named.length ? named : found.filter((o) => o.start < m.start && o.source === 'named' && o.actor?.kind === 'person' && familyFirstKey(o.actor.name) === words[m.start].key);
  if (!full && byFamily.length && new Set(byFamily.map((o) => o.actor!.id)).size === 1) {
    m.actor = byFamily[0].actor;
    m.corefOf = byFamily[0].corefOf ?? byFamily[0];
    m.confidence = 0.6;
  }
}

/** The key of the first word of a person's name of several words ('yoon' of 'Yoon Suk Yeol'); '' for one word. */
function familyFirstKey(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 ? wordKey(name.slice(0, space)) : '';
}

/** 'the ministry', 'the group' at word i (after 'the'): a mention of the one earlier actor it fits, if exactly one does. */
function theHeadMention(found: readonly FoundMention[], words: readonly TextWord[], i: number): FoundMention | undefined {
  const w = words[i];
  const next = words[i + 1];
  // 'the ministry building'; 'the newspaper the New York Times' names its referent itself.
  // 'the president of Armenia' names its own referent too.
  const named = (at: number) => found.some((m) => m.start === at);
  if (next && next.sentence === w.sentence && (NOUN_TAG.test(next.pos) || next.key === 'of' || named(i + 1) || (next.key === 'the' && named(i + 2)))) return undefined;
  const earlier = found.filter((m) => m.end <= i && m.actor && !m.corefOf);
  const kinds = KIND_HEADS[w.key];
  const fits = earlier.filter((m) => (kinds ? kinds.includes(m.actor!.kind) : m.head === w.key || words.slice(m.start, m.end).some((x) => x.key === w.key)));
  const ids = new Set(fits.map((m) => m.actor!.id));
  if (ids.size !== 1) return undefined;
  const target = fits[0];
  return foundMention(i - 1, i + 1, target.actor, 0.6, 'coref', w.key, undefined, undefined, target);
}

/** 'the foreign minister' after 'Foreign Minister Sergei Lavrov': the one office holder named before with that office word. */
function linkOffices(found: FoundMention[], words: readonly TextWord[]): void {
  for (const m of found) {
    if (m.source !== 'title' || !m.head) continue;
    const office = m.head.split(' ');
    const fits = found.filter((o) => o.start < m.start && o.source !== 'title' && o.actor?.kind === 'person' && !o.corefOf
      && (holdsKeys(words, o.start, o.end, office) || o.actor.role?.toLowerCase() === m.head));
    if (new Set(fits.map((o) => o.actor!.id)).size !== 1) continue;
    m.actor = fits[0].actor;
    m.corefOf = fits[0];
    m.contextSector = undefined;
    m.confidence = 0.6;
  }
}

/**
 * True when words[from, to) hold the keys in a row ('foreign', 'minister' in 'Foreign Minister Sergei
 * Lavrov'). Word keys hold no space, so this is the whole-word test of the joined keys, without joining
 * the words of every earlier mention for every title.
 */
function holdsKeys(words: readonly TextWord[], from: number, to: number, keys: readonly string[]): boolean {
  for (let at = from; at + keys.length <= to; at++) {
    let k = 0;
    while (k < keys.length && words[at + k].key === keys[k]) k++;
    if (k === keys.length) return true;
  }
  return false;
}

/** Kinds of party whose members 'its fighters' can be. */
const GROUP_KINDS = new Set(['armed-group', 'rebels']);
/** Kinds of people a group has: fighters, militants, troops. */
const MEMBER_KINDS = new Set(['rebels', 'military']);

/**
 * 'the group said one of its fighters had detonated …': fighters after 'its' or 'their' are the
 * members of the armed group named last before them in the sentence (here 'the group', itself
 * linked to Islamic State). Runs on the mentions sorted by position, coreferences included.
 */
export function linkPossessedMembers(found: FoundMention[], words: readonly TextWord[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const before = words[m.start - 1]?.key;
    if ((before !== 'its' && before !== 'their') || !m.actor || !(MEMBER_KINDS.has(m.actor.kind) || m.describes === 'militants')) continue;
    const sentence = words[m.start].sentence;
    for (let k = i - 1; k >= 0 && words[found[k].start].sentence === sentence; k--) {
      const group = found[k];
      if (!group.actor || !GROUP_KINDS.has(group.actor.kind)) continue;
      m.actor = group.actor;
      m.corefOf = group.corefOf ?? group;
      m.contextSector = undefined;
      m.confidence = 0.5;
      break;
    }
  }
}

/**
 * 'terrorists from Jaish al-Islam', 'fighters of Hezbollah', 'militants of the Islamic State group': a description or
 * a body of fighters right before 'from'/'of' (the) and a named armed group is that group's.
 */
export function linkMembersOfNamedGroup(found: FoundMention[], words: readonly TextWord[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const m = found[i];
    const group = found[i + 1];
    if (!group.actor || !GROUP_KINDS.has(group.actor.kind) || (m.actor && !MEMBER_KINDS.has(m.actor.kind))) continue;
    if (!m.actor && m.describes === undefined) continue;
    let k = m.end;
    if (words[k]?.key !== 'from' && words[k]?.key !== 'of') continue;
    k++;
    if (words[k]?.key === 'the') k++;
    if (k !== group.start || words[k].sentence !== words[m.start].sentence) continue;
    m.actor = group.actor;
    m.corefOf = group.corefOf ?? group;
    m.contextSector = undefined;
    m.confidence = 0.5;
  }
}

/** 'the militants', 'the jihadists' after one armed group and no other: that group. */
function linkMilitants(found: FoundMention[]): void {
  for (const m of found) {
    if (m.describes !== 'militants' || m.actor) continue;
    const groups = found.filter((o) => o.start < m.start && o.actor && o.actor.kind === 'armed-group');
    if (new Set(groups.map((o) => o.actor!.id)).size !== 1) continue;
    m.actor = groups[0].actor;
    m.corefOf = groups[0];
    m.confidence = 0.5;
  }
}

const PRONOUNS = new Set(['he', 'she']);
// Words that open a phrase set before the main clause: 'In a statement on Monday, he said', 'Speaking to reporters, she added'.
const OPENING = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'later', 'earlier', 'speaking', 'asked', 'following', 'since']);
const OPENING_REACH = 12;

// "The army's spokesman", 'a spokesman for the coalition': the pronoun that follows is the spokesman, who speaks for the body.
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
function spokenFor(o: FoundMention, words: readonly TextWord[]): boolean {
  if (words[o.end]?.key === "'s" && SPOKESPEOPLE.has(words[o.end + 1]?.key ?? '')) return true;
  let k = o.start - 1;
  if (words[k]?.key === 'the') k--;
  return (words[k]?.key === 'for' || words[k]?.key === 'of') && SPOKESPEOPLE.has(words[k - 1]?.key ?? '');
}

/** The pronoun at `i` follows the one comma that closes a short opening phrase of its sentence. */
function opensMainClause(words: readonly TextWord[], i: number): boolean {
  if (words[i - 1]?.key !== ',') return false;
  for (let k = i - 2; k >= 0 && k >= i - OPENING_REACH; k--) {
    if (words[k].sentence !== words[i].sentence) return false;
    if (words[k].first) return OPENING.has(words[k].key);
    if (words[k].key === ',') return false;
  }
  return false;
}

/**
 * 'He' or 'She' opening a sentence after a named person: linked when exactly one person is named
 * in the sentence before (or earlier in its own).
 */
function linkPronouns(found: FoundMention[], words: readonly TextWord[], covered: Uint8Array): FoundMention[] {
  const added: FoundMention[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    // Only a pronoun that opens its sentence: inside one ('Kerry said he will …') it adds a second
    // actor to events the name already covers.
    if (!PRONOUNS.has(words[i].key) || !(words[i].first || opensMainClause(words, i)) || covered[i]) continue;
    const sentence = words[i].sentence;
    while (from < found.length && words[found[from].start].sentence < sentence - 1) from++;
    const people = new Set<string>();
    let target: FoundMention | undefined;
    for (let k = from; k < found.length && found[k].end <= i; k++) {
      const o = found[k];
      if (o.actor?.kind !== 'person' && !(o.actor && spokenFor(o, words))) continue;
      people.add(o.actor.id);
      target = o.corefOf ?? o;
    }
    if (people.size !== 1 || !target) continue;
    added.push(foundMention(i, i + 1, target.actor, 0.5, 'coref', undefined, undefined, undefined, target));
  }
  return added;
}
