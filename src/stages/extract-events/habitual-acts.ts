import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import { STATEMENT_MARK } from './clause-marks.js';

// 'Warplanes regularly bomb the province', 'groups have carried out similar attacks in the past': a kind of act
// done by habit, or at no stated time, is no act of the story.
// (untold-acts.ts reads the habit before a noun trigger: 'still carries out raids'.)
const HABIT = new Set(['regularly', 'often', 'frequently', 'routinely', 'usually', 'sometimes', 'occasionally', 'repeatedly', 'constantly']);
// 'in the past two weeks', 'in the past 24 hours', 'in the past few days': a span that dates the act.
const SPAN_AFTER_PAST = /^(NUM|ADJ|NOUN)$/;

let weapons: Set<string> | undefined;

/** A weapon that names who wields it by what it is ('warplanes', 'jets'): data/lexicons/attacker-weapons.tsv. */
function isWeapon(t: Token): boolean {
  weapons ??= new Set(readTsv(dataPath('lexicons', 'attacker-weapons.tsv')).map((row) => row.word.toLowerCase()));
  return weapons.has(t.lower) || weapons.has(t.lemma);
}

// The tagger may call 'shells' a noun: the present simple is the lemma, or the lemma and an -s.
function presentSimple(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`);
}

/**
 * 'warplanes regularly bomb the province': the weapon that would tell the act, then a habit adverb and its verb in
 * the present simple. (A party's own verb with a habit, 'soldiers routinely beat up detainees', is a charge
 * event coders record, as the CAMEO manual's examples do: it stays.)
 */
function presentHabit(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  // The verb after the weapon and the habit ('bomb' of 'warplanes regularly bomb'): the same habit.
  const adverb = match.first - 1;
  if (adverb - 1 >= sentenceStart && HABIT.has(tokens[adverb].lower) && presentSimple(tokens[match.first]) && isWeapon(tokens[adverb - 1])) return true;
  const next = match.last;
  return tokens[match.first].pos === 'NOUN' && next + 1 < sentenceEnd && HABIT.has(tokens[next].lower) && tokens[next + 1].pos === 'VERB' && presentSimple(tokens[next + 1]);
}

/** 'similar attacks in the past.': 'in the past' closing the trigger's clause, with no span after 'past'. */
function inThePast(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  for (let i = match.last; i + 2 < sentenceEnd && i < match.last + 8; i++) {
    if (STATEMENT_MARK.test(tokens[i].text)) return false;
    if (tokens[i].lower !== 'in' || tokens[i + 1].lower !== 'the' || tokens[i + 2].lower !== 'past') continue;
    const after = tokens[i + 3];
    return i + 3 >= sentenceEnd || !after || STATEMENT_MARK.test(after.text) || !SPAN_AFTER_PAST.test(after.pos);
  }
  return false;
}

/** True when the trigger tells an act done by habit or at no stated time in the past (see above). */
export function habitualAct(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  return presentHabit(tokens, match, sentenceStart, sentenceEnd) || inThePast(tokens, match, sentenceEnd);
}
