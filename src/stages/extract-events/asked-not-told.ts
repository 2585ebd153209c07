import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { STATEMENT_MARK } from './clause-marks.js';

// An act named in a question is asked about, not told: 'It determines whose planes carry out raids', 'trying to
// establish who fired the shells', 'Or is it a way to drive them out under the airstrikes?'. Where the act
// happened the article tells it elsewhere; a monitor's account of its method or a rhetorical question tells none.
const FINDING_OUT = new Set(['determine', 'establish', 'ascertain', 'verify', 'investigate', 'identify']);
const QUESTION_WORDS = new Set(['whose', 'whether', 'who', 'what', 'which']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
// The question word opens the clause within a few words of the trigger ('whether strikes were carried out by').
const REACH = 6;

/** True when the trigger lies in a clause opened by 'whose/whether/who/what/which' right after a verb of finding out. */
function inIndirectQuestion(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i > Math.max(sentenceStart, match.first - REACH - 1); i--) {
    const t = tokens[i];
    if (STATEMENT_MARK.test(t.text)) return false;
    if (QUESTION_WORDS.has(t.lower)) return i > sentenceStart && FINDING_OUT.has(tokens[i - 1].lemma);
  }
  return false;
}

/** True when the sentence is a direct question: its last token, before any closing quote, is '?'. */
function inDirectQuestion(tokens: readonly Token[], sentenceEnd: number, sentenceStart: number): boolean {
  let last = sentenceEnd - 1;
  while (last > sentenceStart && CLOSING_QUOTES.has(tokens[last].text)) last--;
  return last >= sentenceStart && tokens[last].text === '?';
}

/**
 * '"… under the airstrikes?" he asked': 'asked' right after a question is the speaker putting the question,
 * not a request. True for a form of 'ask' with a '?' among the few tokens before it.
 */
function asksTheQuestion(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (tokens[match.first].lemma !== 'ask' || match.last - match.first !== 1) return false;
  for (let i = match.first - 1; i >= Math.max(0, match.first - 4); i--) if (tokens[i].text === '?') return true;
  return false;
}

/** True when the trigger names an act that a question asks about (see above), or is the 'asked' that puts the question. */
export function askedNotTold(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  return inIndirectQuestion(tokens, match, sentenceStart) || inDirectQuestion(tokens, sentenceEnd, sentenceStart) || asksTheQuestion(tokens, match);
}
