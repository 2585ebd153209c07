import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// 'It determines whose planes carry out raids', 'trying to establish who fired the shells': an act named inside
// an indirect question is what someone asks about, not an act the sentence tells. Where the act happened the
// article tells it elsewhere; a monitor's account of its method tells none at all.
const FINDING_OUT = new Set(['determine', 'establish', 'ascertain', 'verify', 'investigate', 'identify']);
const QUESTION_WORDS = new Set(['whose', 'whether', 'who', 'what', 'which']);
const CLAUSE_BREAK = /^[,;:.()"“”]$/;
// The question word opens the clause within a few words of the trigger ('whether strikes were carried out by').
const REACH = 6;

/** True when the trigger lies in a clause opened by 'whose/whether/who/what/which' right after a verb of finding out. */
export function inIndirectQuestion(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i > Math.max(sentenceStart, match.first - REACH - 1); i--) {
    const t = tokens[i];
    if (CLAUSE_BREAK.test(t.text)) return false;
    if (QUESTION_WORDS.has(t.lower)) return i > sentenceStart && FINDING_OUT.has(tokens[i - 1].lemma);
  }
  return false;
}
