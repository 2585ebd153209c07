import type { Token } from '../../model/token.js';
import type { Candidate } from './candidate.js';
import { FIGHTING_KINDS } from '../../model/actor.js';

// The phrases that join a partner to the party that acts: 'regime forces backed by Hezbollah', 'the army in
// cooperation with the popular defense groups', 'Kurdish fighters alongside Syrian rebels'. Lower case, words apart.
const COMPANION_PHRASES = [
  'backed by', 'supported by', 'aided by', 'assisted by', 'joined by', 'accompanied by',
  'in cooperation with', 'in coordination with', 'in collaboration with', 'in conjunction with',
  'alongside', 'together with', 'along with', 'with the support of', 'with support from', 'with the help of',
].map((p) => p.split(' '));
// Words of the partner's own noun phrase that may stand between the phrase and the partner ('the popular defense groups').
const PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
const PHRASE_REACH = 4;
// A partner acts with the party when it is a force of a named state or group ('Russian airstrikes', 'Hezbollah
// factions'); a sector of no state ('the Air Force' read as MIL) names nobody in particular, and a state or a
// government that backs a force ('rebels backed by Turkey') sponsors it, which is no part in the act.
const NAMED_PARTY = (code: string | undefined, kind: string | undefined) => code !== undefined && code.length >= 6 && FIGHTING_KINDS.has(kind ?? '');

/** Index of the first word of the companion phrase that ends right before token `end`, or -1. */
function phraseEndingAt(tokens: readonly Token[], end: number): number {
  for (const words of COMPANION_PHRASES) {
    const start = end - words.length;
    if (start >= 0 && words.every((w, k) => tokens[start + k].lower === w)) return start;
  }
  return -1;
}

/** True when a companion phrase leads candidate `c` ('backed by the Air Force', 'alongside Syrian rebels'). */
export function afterCompanionPhrase(tokens: readonly Token[], c: Candidate): boolean {
  return companionPhraseStart(tokens, c) >= 0;
}

function companionPhraseStart(tokens: readonly Token[], c: Candidate): number {
  for (let end = c.first; end >= 0 && c.first - end <= PHRASE_REACH; end--) {
    if (end < c.first && !PHRASE_WORD.test(tokens[end].pos)) return -1;
    const start = phraseEndingAt(tokens, end);
    if (start >= 0) return start;
  }
  return -1;
}

/**
 * The party that candidate `c` accompanies: 'regime forces backed by Hezbollah factions killed …' gives, for
 * Hezbollah factions, the regime forces (the candidate that ends where the phrase begins), or undefined
 * when `c` is no partner. A partner is never the act's subject, nor whom it is aimed at.
 */
export function companionOf(tokens: readonly Token[], c: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  const start = companionPhraseStart(tokens, c);
  if (start < 0) return undefined;
  // 'army units in cooperation with …': the party's own head noun may stand between it and the phrase.
  return candidates.find((p) => p !== c && !p.pronoun && p.last <= start && start - p.last <= 2
    && tokens.slice(p.last, start).every((t) => t.pos === 'NOUN'));
}

/**
 * The partners of the act's actors that are forces of a named party: 'Kurdish units backed by Syrian rebels
 * killed 10 IS members' acts with both. A partner that names nobody in particular ('allied forces', 'the
 * Air Force' with no state) or only sponsors the force (a state) is left out rather than made an actor.
 */
export function companionActors(tokens: readonly Token[], actors: readonly Candidate[], candidates: readonly Candidate[]): Candidate[] {
  if (!actors.length) return [];
  return candidates.filter((c) => !actors.includes(c) && NAMED_PARTY(c.participant.actor?.code, c.participant.actor?.kind)
    && actors.includes(companionOf(tokens, c, candidates)!));
}
