import type { TextWord } from '../../lexicons/phrase-index.js';
import { actorDictionary } from '../../lexicons/actor-dictionary.js';
import { resolveActor } from '../../lexicons/resolve-actor.js';
import type { FoundMention } from './found-mention.js';

/** Kinds of party whose possessive is the party acting ('the Nusras raid'); a person's ('Assads use of …') is not resolved, as below. */
const GROUP_KINDS = new Set(['armed-group', 'rebels', 'military', 'party', 'igo']);

/**
 * 'al-Nusras raid', 'Hezbollahs men': a page that lost its apostrophes leaves a group's possessive as an
 * unknown name ending in 's'. When the name without that 's' is a group of the dictionary, the mention is
 * that group. States are left to the places layer ('Syrias'), people to linkLostPossessives.
 */
export function resolveLostGroupPossessives(found: FoundMention[], words: readonly TextWord[], day: string | undefined): void {
  // The dictionary's own index, not the article's memo of it: the memo answers by the article's word positions.
  const index = actorDictionary().index;
  for (const m of found) {
    if (m.source !== 'unknown' || m.actor) continue;
    const last = words[m.end - 1];
    if (last.key.length < 5 || !last.key.endsWith('s') || last.key.endsWith('ss')) continue;
    const name = words.slice(m.start, m.end);
    name[name.length - 1] = { ...last, key: last.key.slice(0, -1) };
    const match = index.matchesAt(name, 0).find((x) => x.end === name.length);
    const rows = match?.phrase.value.filter((r) => GROUP_KINDS.has(r.kind));
    const resolved = rows?.length ? resolveActor(rows, day) : undefined;
    if (!resolved) continue;
    m.actor = resolved.ref;
    m.source = 'named';
    m.confidence = 0.5;
  }
}

/**
 * 'On President Hollandes comments': a page that lost its apostrophes leaves a named party's
 * possessive as the name plus 's', which the office before it would code as the article's country
 * (USAGOV). An office mention that ends in an earlier name's last word plus 's' is that party, when
 * only one party has that last word. A bare 'Assads' stays unresolved: resolved, it would make a party's
 * act of every noun it owns ('Assads use of chemical weapons' in what ministers agreed on).
 */
export function linkLostPossessives(found: FoundMention[], words: readonly TextWord[]): void {
  const named = new Map<string, FoundMention | null>();
  for (const m of found) {
    if (m.source !== 'named' || !m.actor || m.corefOf) continue;
    const last = words[m.end - 1].key;
    const seen = named.get(last);
    // Two parties with one surname ('Bashar and Hafez al-Assad' aside): nothing to tell them apart.
    named.set(last, seen === undefined || seen?.actor?.id === m.actor.id ? seen ?? m : null);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.capital || w.key.length < 4 || !w.key.endsWith('s')) continue;
    const target = named.get(w.key.slice(0, -1));
    if (!target || target.start >= i) continue;
    const holder = mentionAt(found, i);
    if (!holder || holder.source === 'named' || holder.end - 1 !== i || holder.end - holder.start < 2) continue;
    holder.actor = target.actor;
    holder.corefOf = target;
    holder.contextSector = undefined;
    holder.confidence = 0.5;
  }
}

/**
 * The mention that covers word i. A function of its own because a closure written in the word loop
 * captures `i`, and V8 then allocates a scope for every word of the article, not only for this rare case.
 */
function mentionAt(found: readonly FoundMention[], i: number): FoundMention | undefined {
  return found.find((m) => m.start <= i && i < m.end);
}
