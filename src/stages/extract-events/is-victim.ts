import type { Token } from '../../model/token.js';
import { PASSIVE_AUX } from './clause-words.js';

// Words after a party that make it the victim: 'civilian casualties', 'soldiers killed', 'children died'.
const VICTIM_WORDS = new Set(['casualties', 'deaths', 'dead', 'victims', 'killed', 'wounded', 'injured', 'died']);
const OBJECT_POS = /^(DET|NUM|PRON|PROPN|NOUN|ADJ)$/;
// Casualty words a second count ends with: 'killed 4 wounded', 'killed, 12 injured'.
const SECOND_TALLY = new Set(['wounded', 'injured', 'hurt', 'missing']);
// Verbs whose passive says what was done to the party or its things: 'three HTS tanks were destroyed',
// 'PKK terrorists had been neutralized', 'army positions were shelled'. Active, they name the attacker.
const SUFFERED_IN_PASSIVE = new Set(['destroyed', 'damaged', 'targeted', 'hit', 'struck', 'shelled', 'bombed', 'bombarded', 'neutralized', 'neutralised',
  'ambushed', 'attacked', 'captured', 'seized', 'arrested', 'detained', 'repelled', 'repulsed', 'routed', 'eliminated', 'liquidated', 'downed', 'shot']);
// How many nouns may stand between the party and the passive: 'HTS tanks', 'regime army checkpoints'.
const MAX_HEAD_NOUNS = 2;

/**
 * A party followed by a casualty word suffered the act ('civilian casualties', 'soldiers killed in', 'children
 * were killed when'), unless the word is its active verb with an object after it ('terrorists killed three civilians').
 */
export function isVictim(tokens: readonly Token[], c: { last: number }, end: number): boolean {
  const from = pastSubset(tokens, c.last, end);
  let i = from;
  const passive = i < end && PASSIVE_AUX.has(tokens[i].lower);
  while (i < end && i < from + 2 && (PASSIVE_AUX.has(tokens[i].lower) || tokens[i].lower === 'have' || tokens[i].lower === 'had')) i++;
  const killing = i < end ? killingPhraseAt(tokens, i, end) : 0;
  if (i < end && !VICTIM_WORDS.has(tokens[i].lower) && !killing && sufferedInPassive(tokens, from, end)) return true;
  if (i >= end || (!VICTIM_WORDS.has(tokens[i].lower) && !killing)) return false;
  if (passive || (tokens[i].pos !== 'VERB' && !killing)) return true;
  let j = i + Math.max(1, killing);
  while (j < end && j < i + 4 && (tokens[j].lower === 'and' || tokens[j].pos === 'VERB')) j++;
  // 'killed at least 40 militants', 'killed more than 20 people': the object opens with its quantity.
  j = pastQuantity(tokens, j, end);
  // 'Troopers Killed 4 Wounded', 'soldiers killed, two others injured': a number and a casualty word are a second tally.
  const tally = j < end && tokens[j].pos === 'NUM' ? j + 1 : j;
  if (tally < end && tally > i + 1 && SECOND_TALLY.has(tokens[tally].lower)) return true;
  return !(j < end && OBJECT_POS.test(tokens[j].pos));
}

/** 'HTS tanks were destroyed', 'PKK terrorists had been neutralized': the party, or the things it owns, suffered a passive act. */
function sufferedInPassive(tokens: readonly Token[], from: number, end: number): boolean {
  let i = from;
  while (i < end && i < from + MAX_HEAD_NOUNS && tokens[i].pos === 'NOUN') i++;
  const aux = i;
  if (i < end && (tokens[i].lower === 'had' || tokens[i].lower === 'have' || tokens[i].lower === 'has')) i++;
  while (i < end && i < aux + 3 && PASSIVE_AUX.has(tokens[i].lower)) i++;
  return i > aux && i < end && PASSIVE_AUX.has(tokens[i - 1].lower) && SUFFERED_IN_PASSIVE.has(tokens[i].lower);
}

// 'shot dead', 'gunned down', 'stabbed to death': a verb of killing told in two or three words, which after a party makes it
// the victim when no object follows ('a young man shot dead at a checkpoint'), as 'killed' does.
const KILLING_PHRASES = [['shot', 'dead'], ['gunned', 'down'], ['shot', 'down'], ['stabbed', 'to', 'death'], ['beaten', 'to', 'death'], ['tortured', 'to', 'death'], ['burned', 'to', 'death'], ['burnt', 'to', 'death']];

/** How many words a killing phrase at `i` takes, or 0. */
function killingPhraseAt(tokens: readonly Token[], i: number, end: number): number {
  for (const words of KILLING_PHRASES) if (i + words.length <= end && words.every((w, k) => tokens[i + k].lower === w)) return words.length;
  return 0;
}

// Words that open a part of the party just named: 'ten civilians, including three children, were killed'.
const SUBSET_OPENERS = new Set(['including', 'among', 'some', 'most', 'many', 'half', 'all']);

/**
 * Where the words after a party go on once past a part of it set off as an apposition ('…, including three
 * children,', 'among them four women', 'some of them children') and a comma: the casualty word, if any.
 */
function pastSubset(tokens: readonly Token[], at: number, end: number): number {
  let i = at < end && tokens[at].text === ',' ? at + 1 : at;
  if (i < end && SUBSET_OPENERS.has(tokens[i].lower) && (tokens[i].lower === 'including' || tokens[i + 1]?.lower === 'them' || tokens[i + 1]?.lower === 'of')) {
    let j = i + 1;
    while (j < end && j < i + 8 && tokens[j].text !== ',' && !PASSIVE_AUX.has(tokens[j].lower) && !VICTIM_WORDS.has(tokens[j].lower)) j++;
    i = j;
  } else if (i === at) return at;
  return i < end && tokens[i].text === ',' ? i + 1 : i;
}

// Words that open a quantity before its number: 'at least', 'more than', 'up to', 'as many as', 'nearly'.
const QUANTITY_OPENERS = [['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['as', 'many', 'as'], ['nearly'], ['almost'], ['about'], ['around'], ['over'], ['some']];

function pastQuantity(tokens: readonly Token[], j: number, end: number): number {
  for (const words of QUANTITY_OPENERS) {
    if (j + words.length < end && words.every((w, k) => tokens[j + k].lower === w) && tokens[j + words.length].pos === 'NUM') return j + words.length;
  }
  return j;
}
