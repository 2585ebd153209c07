import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { Candidate } from './assign-arguments.js';

// 'would not return to the table unless the shelling stopped', 'will only sign if the army withdraws': a party that
// makes its own coming act wait on another's sets a condition, which is a demand (CAMEO 10, PLOVER REQUEST) stated
// now. The act withheld has not happened and is no event of its own.

const MODALS = new Set(['will', 'would', "'ll", 'shall']);
const BETWEEN = new Set(['not', "n't", 'never', 'only']);
/** How far after the act the condition may open: 'return to the negotiating table in Geneva unless'. */
const REACH = 10;
const CLAUSE_END = /^[.;:!?]$/;
/** The kinds of act a party offers or withholds on a condition; an attack on a condition is a threat. */
const CONDITIONAL = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'AID', 'RETREAT', 'SUPPORT']);

/**
 * Where the condition opens ('unless', or 'if' after 'only', before the verb or right before 'if'), when the event's trigger is
 * a verb governed by 'will'/'would' (with 'not' or 'only'): the token index of 'unless'/'if', else -1.
 * Example: 'said it would not return to the table unless the bombing stopped' → the index of 'unless'.
 */
export function conditionOf(tokens: readonly Token[], first: number, last: number, sentenceEnd: number): number {
  let k = first - 1;
  let restricted = false;
  let only = false;
  while (k >= 0 && BETWEEN.has(tokens[k].lower)) { restricted = true; only ||= tokens[k].lower === 'only'; k--; }
  if (k < 0 || !MODALS.has(tokens[k].lower)) return -1;
  for (let i = last; i < Math.min(sentenceEnd, last + REACH); i++) {
    const w = tokens[i].lower;
    if (CLAUSE_END.test(tokens[i].text)) return -1;
    // 'will not accept refugees if war starts' refuses in a case; only 'unless' or 'only … if' makes a demand of it.
    const onlyIf = w === 'if' && (only || tokens[i - 1].lower === 'only');
    if ((w === 'unless' && restricted) || onlyIf) return i;
  }
  return -1;
}

/**
 * Retypes each act on a condition as the demand the condition makes (REQUEST, CAMEO 100 'demand'), addressed to the
 * party the condition names. Runs before coming acts are read as promises: the condition, not the promise, is the news.
 */
export function conditionalDemands(built: readonly { event: EventMention; firstToken: number; lastToken: number }[], tokens: readonly Token[], sentenceEnd: number,
  candidates: () => readonly Candidate[]): EventMention[] {
  const demands: EventMention[] = [];
  for (const { event, firstToken, lastToken } of built) {
    if (event.contentOf !== undefined || !CONDITIONAL.has(event.type) || tokens[firstToken].pos !== 'VERB') continue;
    const condition = conditionOf(tokens, firstToken, lastToken, sentenceEnd);
    if (condition < 0) continue;
    const addressee = candidates().find((c) => c.first > condition && c.first <= condition + 4);
    Object.assign(event, { type: 'REQUEST', mode: undefined, cameo: '100', acled: undefined, otherClass: 'DIPLO', rule: `${event.rule} + conditional demand`,
      recipients: addressee ? [addressee.participant] : [] });
    demands.push(event);
  }
  return demands;
}
