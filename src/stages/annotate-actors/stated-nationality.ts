import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';
import type { PlaceMention } from '../../model/place.js';

/** How many sentences back a nationality stated for a sector still reaches: the sentence before and the mention's own. */
const REACH = 1;
/**
 * Sectors of non-state armed parties and opponents, which a story rarely has of two states at once. Not a
 * state's own sectors: governments and armies of several states meet in one story ('Israeli aircraft struck
 * … the army said'; a foreign army's troops beside the host state's soldiers), and their bare mentions are
 * mostly the host's.
 */
const NON_STATE = new Set(['REB', 'INS', 'OPP']);

/**
 * 'Kigali denied backing any Burundian rebels. The rebels attacked a village …': a bare agent takes the
 * country the text last stated for the same sector ('Burundian rebels' → BDIREB), in its sentence or the one
 * before, rather than the country the article's places vote for. Only a country written in the earlier
 * mention's own words counts, not one it was itself lent.
 * Returns, for each bare agent that has one, the country code (found must be sorted by position).
 * Example: [Burundian rebels=BDIREB, rebels (bare REB)] → Map { rebels → 'BDI' }
 */
export function statedNationalities(found: readonly FoundMention[], words: readonly TextWord[], places: readonly PlaceMention[] = []): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const last = new Map<string, { country: string; sentence: number }>();
  for (const m of found) {
    const sentence = words[m.start].sentence;
    if (m.contextSector && m.actor && m.source !== 'coref') {
      if (!NON_STATE.has(m.contextSector)) continue;
      const stated = last.get(m.contextSector);
      if (stated && sentence - stated.sentence <= REACH) out.set(m, stated.country);
      continue;
    }
    const code = m.actor?.code;
    // A state's sector written with its country: 'Burundian rebels', 'Burundi's army' (six letters, country + sector).
    if (!code || code.length !== 6 || m.source === 'coref' || m.actor!.kind === 'person' || !NON_STATE.has(code.slice(3))) continue;
    // A named group's code is the dictionary's, not a nationality the text states: 'Hezbollah' (LBNREB) fighting
    // outside a Syrian town says nothing of where the bare rebels after it are from.
    if (m.source === 'named' && actsAbroad(m, words, places, m.actor!.country)) continue;
    last.set(code.slice(3), { country: code.slice(0, 3), sentence });
  }
  return out;
}

/** True when the mention's sentence names a place (not one standing for its government) in a country other than the group's. */
function actsAbroad(m: FoundMention, words: readonly TextWord[], places: readonly PlaceMention[], country: string | undefined): boolean {
  if (!country) return false;
  const sentence = words[m.start].sentence;
  let a = m.start;
  while (a > 0 && words[a - 1].sentence === sentence) a--;
  let b = m.end - 1;
  while (b + 1 < words.length && words[b + 1].sentence === sentence) b++;
  const from = words[a].start;
  const to = words[b].end;
  for (const p of places) {
    if (p.metonymic || p.place?.country === undefined || p.place.country === country || p.span.start < from || p.span.end > to) continue;
    // Only a place where something happens ('outside Zabadani', 'in the Qalamoun region'), not one asked or named ('asked Moscow to press …').
    let k = b;
    while (k >= a && words[k].start >= p.span.start) k--;
    for (let steps = 0; k >= a && steps < 3 && (words[k].pos === 'DET' || words[k].pos === 'ADJ'); steps++) k--;
    if (k >= a && LOCATIVE.has(words[k].key)) return true;
  }
  return false;
}

const LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'around', 'at', 'into', 'across', 'towards', 'toward']);
