import type { Span } from '../../model/span.js';

// 'fired rockets on Saturday after troops killed one of its commanders': a clause of its own after 'after' or 'before'.
const OTHER_ACT = /\b(?:after|before)\s+(?:[\w'’-]+\s+){1,6}$/i;
const PARTICIPLE = /ing$/i;
// 'a day after bombardments killed 24': an attack of the same campaign told as the cause keeps its toll with the event, as coders count it.
const ATTACK_SUBJECT = /\b(?:bombardments?|shelling|bombings?|strikes?|attacks?|raids?|barrages?|blasts?|explosions?)\s+(?:\w+\s+)?$/i;

/**
 * True when the toll's verb is the verb of a clause that 'after' or 'before' opens between the
 * event and the toll ('Islamic Jihad fired rockets on Saturday after Israeli troops killed one of its
 * commanders'): the dead are of that other act, not of the event; unless an attack is the other act's
 * subject ('a day after bombardments killed 24'), one of the same campaign. 'after dawn, killing five' and
 * 'after shelling that killed five' keep their toll: a participle, or a comma, ends the phrase first.
 */
export function tollOfActAfter(event: Span, toll: Span, text: string): boolean {
  if (toll.start <= event.end || PARTICIPLE.test(text.slice(toll.start, toll.end))) return false;
  const between = text.slice(event.end, toll.start);
  if (/[,;:]/.test(between.slice(between.search(/\b(?:after|before)\b/i) + 1))) return false;
  return OTHER_ACT.test(between) && !ATTACK_SUBJECT.test(between);
}
