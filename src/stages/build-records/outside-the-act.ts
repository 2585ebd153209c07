import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';
import type { PlaceContext } from './place-governor.js';
import { firstTokenFrom } from '../token-index.js';
import { continuesClaim } from './participle-after-source.js';

// Places a clause names that belong to other words than the event's: the purpose it is done for,
// a claim it is not part of, another act it answers. None says where the event itself took place.

/** Words that open a purpose: 'called on the UN to act in order to end the abuses in Yemen'. */
const PURPOSE = /\b(?:in\s+order\s+(?:to|that)|so\s+as\s+to)\b/gi;

/** The offsets where a purpose opens, found once per document (every event of it asks). */
const purposeStarts = new WeakMap<PlaceContext, number[]>();
function purposesOf(context: PlaceContext): number[] {
  let list = purposeStarts.get(context);
  if (!list) {
    list = [...context.text.matchAll(PURPOSE)].map((m) => m.index!);
    purposeStarts.set(context, list);
  }
  return list;
}

/**
 * True when a purpose opens between the trigger and the place, in the same clause: the place is
 * where the hoped-for result lies, one step beyond what was done or asked ('asked them to halt
 * the raids in Darfur' still places the request, whose content is the halt itself).
 */
export function inPurpose(p: PlaceMention, trigger: Span, clause: Span, context: PlaceContext): boolean {
  if (p.span.start < trigger.end) return false;
  return purposesOf(context).some((at) => at >= trigger.end && at < p.span.start && at >= clause.start);
}

/**
 * True when the place lies inside what a source is said to have said and the trigger does not:
 * 'after meeting Gulf envoys the minister said most condemned the bombing in Libya' does not put
 * the meeting in Libya.
 */
export function inClaimWithout(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  return (context.attributions ?? []).some((a) => spanContains(a.content, p.span) && !spanContains(a.content, trigger)
    && !continuesClaim(a, trigger, context.text));
}

/**
 * Words that set an act against another one: 'called for a response following a car bombing in Kirkuk'.
 * Not 'before' or 'over', which also place ('spoke before parliament in Kiev', 'met over dinner in Paris').
 */
const RELATIVE = new Set(['following', 'after', 'since', 'amid', 'despite']);

/**
 * True when, after the trigger, a phrase that names another act ('following a car bombing in
 * Kirkuk') holds the place, with no verb between its first word and the place: the place is that
 * act's. For statements, calls and talks, whose place is where they were made, not where what they
 * answer happened.
 */
export function inOtherActPhrase(p: PlaceMention, trigger: Span, clause: Span, context: PlaceContext): boolean {
  if (p.span.start < trigger.end) return false;
  const { tokens } = context;
  const to = firstTokenFrom(tokens, p.span.start);
  for (let i = to - 1; i >= 0 && tokens[i].start >= trigger.end && tokens[i].start >= clause.start; i--) {
    const t = tokens[i];
    // The tagger reads 'following' as a verb: the word itself is checked first.
    if (RELATIVE.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}
