import type { Token } from '../../model/token.js';

// ACLED codes ground that changes hands with no fighting as a non-violent transfer of territory, whoever takes it:
// the holders left first ('after government troops pulled out', 'following the withdrawal of the insurgents') or
// no one resisted ('without a fight', 'unopposed'). A withdrawal the takers forced ('forcing the soldiers to
// withdraw') is the outcome of a battle, so only a withdrawal told after 'after', 'following' or 'once' counts.
const BEFORE_WORDS = new Set(['after', 'following', 'once']);
const LEAVING = /^(withdr[ae]w\w*|withdrawal|retreat(ed|ing)?|abandon(ed|ing)?|vacat(ed|ing)|pulled|pulling|pullout|pull-out)$/;
const FIGHTING = /^(resistance|fight|fighting|clash|clashes|battle|bloodshed|shot|combat|opposition)$/;
const UNOPPOSED = new Set(['unopposed', 'unchallenged', 'peacefully']);
// How far a cue may stand from the word that opens it ('after government and allied forces withdrew').
const REACH = 7;

/** Whether a sentence tells that the ground it reports taken was given up or taken without a fight. */
export function isPeacefulTakeover(tokens: readonly Token[], sentenceStart: number, sentenceEnd: number): boolean {
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const word = tokens[i].lower;
    if (UNOPPOSED.has(word)) return true;
    const opensLeaving = BEFORE_WORDS.has(word);
    const opensNoFight = word === 'without' || (word === 'no' && tokens[i + 1]?.lower === 'resistance');
    if (!opensLeaving && !opensNoFight) continue;
    for (let j = i + 1; j < Math.min(sentenceEnd, i + 1 + REACH); j++) {
      const next = tokens[j].lower;
      if (opensLeaving && LEAVING.test(next) && (!next.startsWith('pull') || next.includes('out') || tokens[j + 1]?.lower === 'out')) return true;
      if (opensNoFight && FIGHTING.test(next)) return true;
    }
  }
  return false;
}
