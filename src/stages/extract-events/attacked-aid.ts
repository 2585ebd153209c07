import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { CLAUSE_MARK } from './clause-marks.js';

// Verbs of attack whose object an aid noun may be: 'jets struck an aid convoy'.
export const ATTACK_VERBS: ReadonlySet<string> = new Set(['hit', 'strike', 'attack', 'target', 'bomb', 'shell', 'ambush', 'loot', 'raid', 'destroy']);
// Nouns of attack whose 'on'/'of' phrase an aid noun may fill: 'the attack on a UN aid convoy', 'the bombing of the aid warehouse'.
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'raid', 'raids', 'assault', 'shelling', 'ambush']);
// What may stand inside the noun phrase before the aid word: 'a UN-Syrian Red Crescent aid convoy'.
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
const REACH = 7;
// How far the aid noun phrase's own modifiers may run before its verb: 'a convoy delivering aid to the besieged villages was hit'.
const PASSIVE_REACH = 12;

/**
 * An aid noun that an attack hits ('Russian jets hit a UN aid convoy', 'the attack on an aid convoy') names
 * the target of the attack, which is the event; it tells no aid given. So does one that the attack hits in the passive
 * ('a convoy delivering aid to the villages was hit by an air strike').
 */
export function isAttackedAid(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (tokens[match.first].pos === 'VERB') return false;
  if (isHitInThePassive(tokens, match.last, sentenceEnd)) return true;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    const t = tokens[i];
    if (NOUN_PHRASE.test(t.pos) || t.text === '-') continue;
    if (ATTACK_VERBS.has(t.lemma) && t.pos === 'VERB') return true;
    if ((t.lower === 'on' || t.lower === 'of') && i > sentenceStart && ATTACK_NOUNS.has(tokens[i - 1].lower)) return true;
    return false;
  }
  return false;
}

/** The aid noun phrase is the subject of a passive verb of attack: its modifiers, then 'was/were' and 'hit', 'attacked'… */
function isHitInThePassive(tokens: readonly Token[], after: number, sentenceEnd: number): boolean {
  for (let i = after; i < Math.min(sentenceEnd, after + PASSIVE_REACH); i++) {
    const t = tokens[i];
    if (CLAUSE_MARK.test(t.text)) return false;
    if (t.lemma !== 'be' || t.pos !== 'AUX') continue;
    let j = i + 1;
    while (j < sentenceEnd && tokens[j].pos === 'ADV') j++;
    return j < sentenceEnd && ATTACK_VERBS.has(tokens[j].lemma);
  }
  return false;
}
