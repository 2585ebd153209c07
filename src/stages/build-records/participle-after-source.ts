import type { Span } from '../../model/span.js';
import type { Attribution } from '../../model/source.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const AFTER_SOURCE = /^[^.;!?]{0,60},\s*$/;
const PARTICIPLE = /^\p{Ll}+ing$/u;

/**
 * True when the trigger is a participle right after the source's words, going on with what the source
 * said: 'A bomb blew up in the town of Suarez late on Monday, the police said, killing two officers'
 * dates and places the killing with the blast, though the date and the town lie inside the claim.
 */
export function continuesClaim(a: Pick<Attribution, 'content' | 'cue'>, trigger: Span, text: string): boolean {
  const from = Math.max(a.content.end, a.cue.end);
  return trigger.start > from && PARTICIPLE.test(text.slice(trigger.start, trigger.end)) && AFTER_SOURCE.test(text.slice(from, trigger.start));
}
