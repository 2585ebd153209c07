import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// 'Warplanes regularly bomb the province', 'the army often shells the villages', 'groups have carried out similar
// attacks in the past': a kind of act a party does by habit, or did at no stated time, is no act of the story.
// (untold-acts.ts reads the habit before a noun trigger: 'still carries out raids'.)
const HABIT = new Set(['regularly', 'often', 'frequently', 'routinely', 'usually', 'sometimes', 'occasionally', 'repeatedly', 'constantly']);
const CLAUSE_BREAK = /^[,;:.()"“”]$/;
// 'in the past two weeks', 'in the past 24 hours', 'in the past few days': a span that dates the act.
const SPAN_AFTER_PAST = /^(NUM|ADJ|NOUN)$/;

// The tagger may call 'shells' a noun: the present simple is the lemma, or the lemma and an -s.
function presentSimple(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === t.lemma || t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`);
}

/**
 * 'regularly bomb', 'often shells': a habit adverb right before the trigger verb in the present simple; or the
 * weapon that tells the act, then the habit and its verb ('warplanes regularly bomb the province').
 */
function presentHabit(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (match.first > sentenceStart && HABIT.has(tokens[match.first - 1].lower) && presentSimple(tokens[match.first])) return true;
  const next = match.last;
  return tokens[match.first].pos === 'NOUN' && next + 1 < sentenceEnd && HABIT.has(tokens[next].lower) && tokens[next + 1].pos === 'VERB' && presentSimple(tokens[next + 1]);
}

/** 'similar attacks in the past.': 'in the past' closing the trigger's clause, with no span after 'past'. */
function inThePast(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  for (let i = match.last; i + 2 < sentenceEnd && i < match.last + 8; i++) {
    if (CLAUSE_BREAK.test(tokens[i].text)) return false;
    if (tokens[i].lower !== 'in' || tokens[i + 1].lower !== 'the' || tokens[i + 2].lower !== 'past') continue;
    const after = tokens[i + 3];
    return i + 3 >= sentenceEnd || !after || CLAUSE_BREAK.test(after.text) || !SPAN_AFTER_PAST.test(after.pos);
  }
  return false;
}

/** True when the trigger tells an act done by habit or at no stated time in the past (see above). */
export function habitualAct(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  return presentHabit(tokens, match, sentenceStart, sentenceEnd) || inThePast(tokens, match, sentenceEnd);
}
