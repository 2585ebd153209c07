import type { Token, Sentence } from '../../model/token.js';
import type { Span } from '../../model/span.js';

// Words that open a new clause after a comma: what follows is another statement.
const CLAUSE_OPENERS = new Set(['which', 'while', 'but', 'however', 'although', 'whereas', 'who']);
const HARD_BREAKS = new Set([';', ':', '—', '–']);

/**
 * Token bounds [first, last) of the clause that holds token `at`: the sentence cut at semicolons,
 * colons, dashes and at a comma that opens a relative or contrastive clause (', which led to …').
 */
export function clauseTokens(tokens: readonly Token[], sentence: Sentence, at: number): { first: number; last: number } {
  let first = sentence.tokenStart;
  for (let i = at - 1; i >= sentence.tokenStart; i--) {
    if (HARD_BREAKS.has(tokens[i].text)) { first = i + 1; break; }
    if (tokens[i].text === ',' && i + 1 < at && CLAUSE_OPENERS.has(tokens[i + 1].lower) && !insertedRelative(tokens, i + 1, at)) { first = i + 1; break; }
  }
  let last = sentence.tokenEnd;
  for (let i = at + 1; i < sentence.tokenEnd; i++) {
    if (HARD_BREAKS.has(tokens[i].text) || (tokens[i].text === ',' && i + 1 < sentence.tokenEnd && CLAUSE_OPENERS.has(tokens[i + 1].lower))) { last = i; break; }
  }
  // A clause ends before its closing full stop.
  while (last - 1 > at && /^[.!?]$/.test(tokens[last - 1].text)) last--;
  return { first, last };
}

// 'Pakistan, which borders Afghanistan, has refused': a relative clause closed by a comma right before the verb it
// interrupts describes the subject; the main clause goes on past it, back to that subject.
const RELATIVES = new Set(['which', 'who']);
const RESUMING_VERB = /^(VERB|AUX)$/;
function insertedRelative(tokens: readonly Token[], opener: number, at: number): boolean {
  if (!RELATIVES.has(tokens[opener].lower)) return false;
  let close = opener + 1;
  while (close < at && tokens[close].text !== ',') close++;
  if (close >= at) return false;
  let verb = close + 1;
  while (verb < at && tokens[verb].pos === 'ADV') verb++;
  return verb <= at && RESUMING_VERB.test(tokens[verb].pos);
}

/** The character span of tokens [first, last). */
export function tokenSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[Math.max(first, last - 1)].end };
}
