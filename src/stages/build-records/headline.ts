import type { Span } from '../../model/span.js';
import type { EventRecord } from '../../model/event-record.js';

/**
 * The first line, when it stands alone as a headline (no full stop, a line break after it).
 * Example: headlineSpan('Rebels seize town\n\nGOMA, Feb 9 - …') → { start: 0, end: 18 }
 */
export function headlineSpan(text: string): Span | undefined {
  const match = /^\s*([^\n]{10,200}?)[ \t]*\n/.exec(text);
  if (!match || /[.!?]["”’]?$/.test(match[1])) return undefined;
  return { start: match.index, end: match.index + match[0].length };
}

/**
 * The part of a headline that holds the trigger: a semicolon joins two stories in one headline
 * ('Drone strike kills three near Sinjar; PKK claims attack on Turkish base'), and neither part
 * tells the other's place, day or parties.
 * Example: headlinePart({ start: 47, end: 53 }, { start: 0, end: 78 }, text) → { start: 44, end: 78 }
 */
export function headlinePart(trigger: Span, headline: Span, text: string): Span {
  const line = text.slice(headline.start, headline.end);
  const before = line.lastIndexOf(';', trigger.start - headline.start);
  const after = line.indexOf(';', trigger.end - headline.start);
  return { start: before < 0 ? headline.start : headline.start + before + 1, end: after < 0 ? headline.end : headline.start + after };
}

/** Leaves a headline record only the place, day and parties its own part of the headline names. */
export function keepToHeadlinePart(record: EventRecord, headline: Span, text: string): void {
  const part = headlinePart(record.trigger, headline, text);
  if (part.start === headline.start && part.end === headline.end) return;
  const inside = (s: Span) => s.start >= headline.end || (s.start >= part.start && s.end <= part.end);
  if (record.place && !inside(record.place.evidence)) record.place = undefined;
  if (record.time && !inside(record.time.evidence)) record.time = undefined;
  record.actors = record.actors.filter((p) => inside(p.evidence));
  record.recipients = record.recipients.filter((p) => inside(p.evidence));
}
