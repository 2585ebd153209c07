import type { Span } from '../../model/span.js';

/** ', a militia founded by …' after a name: where a non-restrictive appositive that describes the name starts. */
// 'the latest in a series of orders', 'the largest city in the north': an appositive that ranks what is named.
const APPOSITIVE_AFTER_NAME = /\b[A-Z][\w-]*,\s+(?:(?:a|an)\s+[a-z]|the\s+(?:latest|last|first|second|third|only|main|[a-z]+est)\s)/g;

/**
 * The event's clause without an appositive that ends it and only describes a name the act
 * reaches ('accused Kinshasa of working with the FDLR, a militia founded by extremists linked to
 * the 1994 genocide'): the description is not the act, and its words (a date, another act) are
 * no evidence of it. The clause is kept whole when the trigger is inside the appositive.
 * Example: clause 'accused Kinshasa of working with the FDLR, a militia …' → 'accused Kinshasa of working with the FDLR'.
 */
export function withoutAppositiveTail(clause: Span, trigger: Span, text: string): Span {
  const tail = text.slice(trigger.end, clause.end);
  APPOSITIVE_AFTER_NAME.lastIndex = 0;
  const match = APPOSITIVE_AFTER_NAME.exec(tail);
  // A comma after it may resume the act ('…, a town of 5,000, killing two'): keep the clause then.
  if (!match || tail.indexOf(',', match.index + match[0].length) >= 0) return clause;
  const end = trigger.end + match.index + match[0].indexOf(',');
  return { start: clause.start, end };
}
