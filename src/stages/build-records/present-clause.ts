import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import type { TimeQuery, TimeContext } from './choose-time.js';
import { itemAt } from '../item-at.js';

/**
 * Whether an event's clause is in the present, as choosing its time reads it: a present clause tells
 * what goes on at the time of the report, not on a day of its own. wink-nlp tags no tense, so it is read
 * from the verb's form and the auxiliaries before it. (annotate-dates/clause-tense.ts reads the tense of
 * the verb group nearest a time expression by rules of its own; the two are not yet one reader.)
 */

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const PRESENT_BE = /^(is|are|am)$/i;
const S_ENDING = /s$/;
const ED_ENDING = /ed$/;
const PAST_OR_FUTURE_AUX = /^(was|were|had|did|will|would|has|have)$/i;
const IS_ARE = /^(is|are)$/i;

/** The clause's main verb is in the present ("continue", "there are", "ignores"). */
export function isPresentTense(query: TimeQuery, context: TimeContext): boolean {
  return presentAt(verbIndex(query, context), context);
}

/** The trigger, when it is a verb, is in the present ('said their jets strike only militants'); else the clause's main verb is. */
export function triggerIsPresent(query: TimeQuery, context: TimeContext): boolean {
  const at = firstTokenFrom(context.tokens, query.trigger.start);
  return context.tokens[at]?.pos === 'VERB' && context.tokens[at].start === query.trigger.start && !isNounTrigger(query.trigger, context.tokens)
    ? presentAt(at, context) : isPresentTense(query, context);
}

/** What stands before a verb, not before a noun phrase: its subject ('Police fire tear gas'), 'to' or an auxiliary. */
const BEFORE_VERB = new Set(['NOUN', 'PROPN', 'PRON', 'AUX', 'PART']);

/**
 * True when the trigger is a noun phrase of several words ending in a noun ('air strikes'): the tagger may read its
 * uninflected first word as a verb ('air'), which tells no tense of the clause. An inflected one is a verb
 * ('suspends peace talks'), and so is a bare one after its subject, 'to' or an auxiliary ('Police fire tear gas').
 */
function isNounTrigger(trigger: Span, tokens: readonly Token[]): boolean {
  const first = firstTokenFrom(tokens, trigger.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= trigger.end) last++;
  const before = tokens[first - 1];
  return last > first && tokens[last].pos === 'NOUN' && tokens[first].lemma === tokens[first].lower
    && !(before !== undefined && (BEFORE_VERB.has(before.pos) || before.lower === 'to'));
}

function presentAt(verb: number, context: TimeContext): boolean {
  if (verb < 0) return false;
  const t = context.tokens[verb];
  if (PRESENT_BE.test(t.text)) return true;
  // wink-nlp tags no tense: a verb ending in -s that is not its lemma ("ignores"), or a bare lemma
  // not after "to" or an auxiliary ("continue"), is present.
  const thirdPerson = S_ENDING.test(t.lower) && t.lemma !== t.lower;
  const bare = t.lemma === t.lower && !ED_ENDING.test(t.lower) && itemAt(context.tokens, verb - 1)?.lower !== 'to' && !afterSingularNoun(verb, context.tokens);
  return (thirdPerson || bare) && !isPastAux(context.tokens, verb);
}

/**
 * A bare form right after a singular noun cannot be the present, which would take -s: 'a separate
 * strike hit the town', 'the shell cut the road' are the past of verbs whose past has the same form.
 */
function afterSingularNoun(verb: number, tokens: readonly Token[]): boolean {
  const before = tokens[verb - 1];
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.lemma === before.lower && !S_ENDING.test(before.lower);
}

function isPastAux(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= Math.max(0, verb - 3); i--) if (PAST_OR_FUTURE_AUX.test(tokens[i].text)) return true;
  return false;
}

function verbIndex(query: TimeQuery, context: TimeContext): number {
  const { tokens } = context;
  const noun = isNounTrigger(query.trigger, tokens);
  for (let i = firstTokenFrom(tokens, query.clause.start); i < tokens.length && tokens[i].start < query.clause.end; i++) {
    const t = tokens[i];
    if (noun && t.start >= query.trigger.start && t.end <= query.trigger.end) continue;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && IS_ARE.test(t.text))) return i;
  }
  return -1;
}

export function verbSpan(query: TimeQuery, context: TimeContext): Span | undefined {
  const i = verbIndex(query, context);
  return i >= 0 ? { start: context.tokens[i].start, end: context.tokens[i].end } : undefined;
}
