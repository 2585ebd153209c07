import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { SentenceInput } from './events-in-sentence.js';
import { isNominal } from './clause-rank.js';
import { isUntoldAct, truceNamedAsState } from './untold-acts.js';

// A story names its events again: 'the cease-fire', 'the attack' after the attack was told. `seenNominal`
// holds the keys of the nominal triggers told so far in the document, so a retelling is not a new event.

function nominalKey(m: TriggerMatch): string {
  return `${m.entry.type}:${m.entry.mode ?? ''}:${m.entry.acled ?? m.entry.otherClass ?? ''}`;
}

const ANY_ASSAULT = 'ASSAULT:*';
const DEMONSTRATIVES = new Set(['those', 'these']);
// 'the blast', 'the attacks' right after an attack was told: the story's attack named again, whatever word told it first.
export const ATTACK_ANAPHORS = new Set(['attack', 'blast', 'explosion', 'bombing', 'strike', 'airstrike', 'raid', 'assault', 'shelling', 'massacre']);

// A truce named as a state of affairs ('shelled the town despite a truce') is no event, but 'the truce' told
// later is that truce again.
export function untold(input: SentenceInput, m: TriggerMatch): boolean {
  const { tokens, sentence } = input;
  if (!isUntoldAct(tokens, m, sentence.tokenStart, sentence.tokenEnd)) return false;
  if (truceNamedAsState(tokens, m, sentence.tokenStart)) input.seenNominal.add(nominalKey(m));
  return true;
}

// 'the cease-fire' again, in a sentence that gives it no date of its own, is the ceasefire already recorded.
export function isRepeatedNominal(input: SentenceInput, m: TriggerMatch): boolean {
  const { tokens } = input;
  if (!isNominal(tokens, m)) return false;
  // 'those talks', 'these raids': a demonstrative points back at events the story has told, whatever its date.
  if (m.first > input.sentence.tokenStart && DEMONSTRATIVES.has(tokens[m.first - 1].lower)) return true;
  if (siteOfAttackTold(input, m)) return true;
  const anaphor = m.entry.type === 'ASSAULT' && m.last - m.first === 1 && (ATTACK_ANAPHORS.has(tokens[m.first].lower) || ATTACK_ANAPHORS.has(tokens[m.first].lemma))
    && m.first > input.sentence.tokenStart && input.seenNominal.has(ANY_ASSAULT);
  const bare = anaphor && tokens[m.first - 1].lower === 'the';
  // 'The new deadly bombings come after …': with modifiers between, only the subject of 'came' is surely the act told
  // ('killed in the ongoing bombing campaign' may be the one place a campaign's toll is given).
  if (anaphor && !bare && definiteBefore(tokens, m.first, input.sentence.tokenStart) && cameAnaphor(tokens, m)) return true;
  // 'claimed responsibility for the attack in a statement on Sunday': the date is the claim's; the attack is the one told.
  // So in 'had not taken part in the strikes' and 'The shelling came a day after …': the date belongs to another clause.
  if (bare) return claimedAnaphor(tokens, m.first, input.sentence.tokenStart) || partInAnaphor(tokens, m.first, input.sentence.tokenStart)
    || cameAnaphor(tokens, m) || topicAnaphor(tokens, m.first, input.sentence.tokenStart) || !hasOwnDate(input);
  if (!input.seenNominal.has(nominalKey(m))) return false;
  const definite = tokens.slice(Math.max(input.sentence.tokenStart, m.first - 2), m.first).some((t) => t.lower === 'the' || t.lower === 'this');
  return definite && !hasOwnDate(input);
}

// 'the second attack', 'an earlier blast', 'the other raid': an ordinal or 'other' points at another attack than the one told.
const MODIFIER = /^(ADJ|ADV|PROPN|NUM)$/;
const ANOTHER = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'other', 'previous', 'earlier', 'separate', 'last', 'next', 'later']);

// 'the attack', 'the new deadly bombings', 'the Sunday attack': 'the' before the noun, perhaps with up to two
// modifiers between (adjectives, adverbs, names, numbers), none of which points at another attack.
function definiteBefore(tokens: readonly Token[], noun: number, sentenceStart: number): boolean {
  for (let i = noun - 1; i >= Math.max(sentenceStart, noun - 3); i--) {
    const t = tokens[i];
    if (t.lower === 'the') return true;
    if (ANOTHER.has(t.lower) || !MODIFIER.test(t.pos)) return false;
  }
  return false;
}

function claimedAnaphor(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  return trigger - 3 >= sentenceStart && tokens[trigger - 2].lower === 'for' && tokens[trigger - 3].lower === 'responsibility';
}

// 'took part in the strikes', 'denied any role in the attack', 'its involvement in the bombing': a share in the act told.
const SHARE_NOUNS = new Set(['part', 'role', 'involvement', 'participation', 'hand']);

function partInAnaphor(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  return trigger - 3 >= sentenceStart && tokens[trigger - 2].lower === 'in' && SHARE_NOUNS.has(tokens[trigger - 3].lower);
}

// 'declined to comment on Sunday on the attack', 'an inquiry into the bombing', 'details of the raid': the act told is the
// topic of a saying or an inquiry, whose day the sentence gives.
const TOPIC_WORDS = new Set(['comment', 'commented', 'comments', 'detail', 'details', 'information', 'inquiry', 'investigation', 'probe', 'questions']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'into', 'of', 'over']);
/** How far before its preposition the topic word may stand: 'comment on Sunday on the attack'. */
const TOPIC_REACH = 4;

function topicAnaphor(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  const preposition = trigger - 2;
  if (preposition <= sentenceStart || !TOPIC_PREPOSITIONS.has(tokens[preposition].lower)) return false;
  for (let k = preposition - 1; k >= Math.max(sentenceStart, preposition - TOPIC_REACH); k--) if (TOPIC_WORDS.has(tokens[k].lower)) return true;
  return false;
}

// 'The attack came as the council met', 'The shelling came a day after the truce': the act told, set in time by another.
function cameAnaphor(tokens: readonly Token[], m: TriggerMatch): boolean {
  const next = tokens[m.last];
  return next !== undefined && (next.lower === 'came' || next.lower === 'comes' || next.lower === 'come');
}

// 'near the ambush site', 'at the blast scene': the attack told names a place; the sentence's own day is the search's, not a new attack's.
const SITE_NOUNS = new Set(['site', 'scene', 'spot', 'location']);

function siteOfAttackTold(input: SentenceInput, m: TriggerMatch): boolean {
  const { tokens } = input;
  const next = tokens[m.last];
  return m.entry.type === 'ASSAULT' && input.seenNominal.has(ANY_ASSAULT) && next !== undefined && SITE_NOUNS.has(next.lower)
    && m.first > input.sentence.tokenStart && tokens[m.first - 1].lower === 'the';
}

// 'now' ('the former Nusra Front, now called …') names no day the event could have.
function hasOwnDate(input: SentenceInput): boolean {
  return input.times.some((t) => t.type === 'DATE' && t.timex !== 'PRESENT_REF');
}

/** Notes a trigger the sentence keeps, so that a later 'the …' of the same kind can be told as a retelling. */
export function rememberNominal(seen: Set<string>, tokens: readonly Token[], m: TriggerMatch): void {
  if (isNominal(tokens, m)) seen.add(nominalKey(m));
  if (m.entry.type === 'ASSAULT') seen.add(ANY_ASSAULT);
}
