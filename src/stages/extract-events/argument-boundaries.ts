import type { Token } from '../../model/token.js';

/*
 * Words that bound which parties an act takes, read from the tokens alone: a pronoun that opens a
 * speaker's claim, a noun that makes a verb active, a verb joined by 'and' that takes the parties
 * after it, a verb of perception whose subject only witnessed the act, a noun that owns a 'between'.
 */

// 'NATO confirmed on Wednesday it would tighten the blockade', 'the rebels said they will release him': a speaker
// whose claim opens with a pronoun tells of its own act, and does it.
const SELF = new Set(['it', 'they', 'we', 'he', 'she']);
export function speaksOfItself(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + 6); i++) {
    if (SELF.has(tokens[i].lower)) return true;
    // 'said in a statement that it had fired': the tagger reads that 'that' as a pronoun.
    if (tokens[i].lower === 'that') continue;
    if (!/^(ADP|PROPN|NOUN|NUM|ADV|SCONJ|DET)$/.test(tokens[i].pos) || tokens[i].lower === 'the') return false;
  }
  return false;
}

// A noun between a verb and 'by' is its object: the verb is active.
// A plural noun the tagger took for a verb counts too ('rejected calls by X'), but not a second verb joined by 'and'.
export function hasObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') return true;
    if (tokens[i].pos === 'VERB' && /s$/.test(tokens[i].lower) && tokens[i - 1]?.pos !== 'CCONJ') return true;
  }
  return false;
}

/** 'denied shelling the town and accused Ukrainian troops': a party after 'and' + a verb is that verb's, not the trigger's. */
export function pastCoordinatedVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i].pos === 'VERB' && tokens[i - 1].lower === 'and') return true;
  return false;
}

const PERCEPTION = new Set(['see', 'saw', 'seen', 'witness', 'hear', 'heard', 'watch', 'film', 'photograph', 'record', 'describe', 'recount', 'survive', 'flee', 'fled', 'escape']);

/** The token index of a verb of perception right before a noun trigger ('saw the clash', 'witnessed heavy shelling'), or 0. */
export function perceived(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while (i >= 0 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM')) i--;
  if (i <= 0 || i === first - 1 && tokens[first].pos === 'VERB') return 0;
  const t = tokens[i];
  return t.pos === 'VERB' && (PERCEPTION.has(t.lemma) || PERCEPTION.has(t.lower)) ? i : 0;
}

export function hasNounBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') return true;
  return false;
}
