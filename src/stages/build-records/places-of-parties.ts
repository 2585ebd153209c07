import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import { CONTAINERS, type PlaceContext } from './place-governor.js';

// Places that say something of a party, not where its event was: inside its name, or in a clause about it.

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/**
 * A place in a relative clause set off by commas before the event's verb: 'Hamdi, who was born in Louisiana,
 * was captured'. It says something of the subject, not where the event was.
 */
export function inRelativeAside(p: PlaceMention, trigger: Span, context: PlaceContext): boolean {
  if (p.span.end > trigger.start) return false;
  const { tokens } = context;
  const at = firstTokenFrom(tokens, p.span.start);
  const end = firstTokenFrom(tokens, trigger.start);
  let closed = false;
  for (let i = firstTokenFrom(tokens, p.span.end); i < end; i++) if (tokens[i].text === ',') closed = true;
  if (!closed) return false;
  for (let i = at - 1; i >= 0 && at - i <= 15; i--) {
    const t = tokens[i];
    if (RELATIVES.has(t.lower)) return tokens[i - 1]?.text === ',';
    if (t.text === ',' || t.text === '.' || t.text === ';') return false;
  }
  return false;
}

/**
 * A place inside the name of a party: 'the Islamic State of Iraq and Al-Sham', 'the Kurdistan Workers' Party'. A name
 * that only adds its container ('Gaza city', an alias of the Gaza authority) names the place, not a party.
 */
export function inPartyName(p: PlaceMention, context: PlaceContext): boolean {
  return context.actors?.some((a) => a.actor && spanContains(a.span, p.span) && a.span.end - a.span.start > p.span.end - p.span.start
    && !(a.span.start === p.span.start && CONTAINERS.has(context.text.slice(p.span.end, a.span.end).trim().toLowerCase()))) ?? false;
}
