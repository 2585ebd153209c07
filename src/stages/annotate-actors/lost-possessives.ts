import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';

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
