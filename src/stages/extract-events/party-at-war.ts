import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { RELATIVE_PRONOUNS } from './clause-marks.js';

const FIGHT_LEMMAS = new Set(['fight', 'battle']);
const ING_ENDING = /ing$/;
// The auxiliaries of a relative clause about the party before it: 'who have been fighting', 'which is fighting', 'that were battling'.
const AUX_CHAIN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'still', 'also', 'now', 'long']);
// What may follow a participle that describes a party: its aim ('fighting to oust'), its foe, or its side.
const DESCRIBING_NEXT = new Set(['to', 'against', 'alongside', 'for', 'on']);
const OBJECT_POS = /^(DET|PROPN|NOUN|PRON)$/;

/**
 * 'rebels fighting to oust the president', 'supports rebels fighting against the government', 'fighters who have
 * been fighting the group': a participle of fighting after a party, or in a relative clause about it, tells what
 * side the party is on, the standing war, not a clash that happened in the story. Where an act of force follows
 * ('the coalition fighting the group has carried out air strikes'), the participle stays to lend it its party.
 */
export function isPartyAtWar(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number,
  insideActor: (token: number) => unknown, matches: readonly TriggerMatch[]): boolean {
  const first = tokens[match.first];
  if (matches.some((m) => m.first >= match.last && m.entry.type === 'ASSAULT')) return false;
  if (match.entry.type !== 'ASSAULT' || match.last - match.first !== 1 || !FIGHT_LEMMAS.has(first.lemma) || !ING_ENDING.test(first.lower)) return false;
  if (match.first <= sentenceStart) return false;
  const next = match.last < sentenceEnd ? tokens[match.last] : undefined;
  if (!next || !(DESCRIBING_NEXT.has(next.lower) || OBJECT_POS.test(next.pos))) return false;
  let k = match.first - 1;
  const before = tokens[k];
  if (insideActor(k) !== undefined || isPluralParty(before, k === sentenceStart)) return true;
  while (k >= sentenceStart && AUX_CHAIN.has(tokens[k].lower)) k--;
  return k < match.first - 1 && k >= sentenceStart && RELATIVE_PRONOUNS.has(tokens[k].lower);
}

// 'rebels', 'forces', 'Kurds' (a plural noun); a capitalised plural opening the sentence ('Rebels fighting …').
function isPluralParty(t: Token, opens: boolean): boolean {
  if (t.pos === 'NOUN') return t.lemma !== t.lower && t.lower.endsWith('s');
  return t.pos === 'PROPN' && opens && t.lower.endsWith('s');
}
