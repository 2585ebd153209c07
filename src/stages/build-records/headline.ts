import type { Span } from '../../model/span.js';
import type { EventRecord } from '../../model/event-record.js';

/**
 * The first line, when it stands alone as a headline (no full stop, a line break after it).
 * Example: headlineSpan('Rebels seize town\n\nGOMA, Feb 9 - …') → { start: 0, end: 18 }
 */
export function headlineSpan(text: string): Span | undefined {
  const match = /^\s*([^\n]{10,200}?)[ \t]*\n/.exec(text);
  if (match && !/[.!?]["”’]?$/.test(match[1])) return { start: match.index, end: match.index + match[0].length };
  return runOnHeadline(text);
}

// A page copied without its layout runs the headline into the lead: 'Army Kills 40 Militants Near Kismayo . Troops killed …'.
const RUN_ON = /^\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+|(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s+)?([^\n.!?]{15,200}?)\s*[.!?](?=\s+\S)/i;
const LONG_WORD = /^[\p{L}][\p{L}'’-]{3,}$/u;

/**
 * The first sentence is a headline run into the lead when it is in title case: four or more words of four letters or
 * more, all but one of them capitalised (a lead sentence has its verbs and common nouns in lower case).
 * Example: runOnHeadline('Army Kills 40 Militants Near Kismayo . Troops killed 40 fighters …') → { start: 0, end: 38 }
 */
function runOnHeadline(text: string): Span | undefined {
  const match = RUN_ON.exec(text);
  if (!match) return undefined;
  const words = match[1].split(/\s+/).filter((w) => LONG_WORD.test(w));
  const lower = words.filter((w) => w[0] === w[0].toLowerCase()).length;
  if (words.length < 4 || lower > 1 || lower / words.length > 0.2) return undefined;
  return { start: 0, end: match.index + match[0].length };
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
  if (record.place && !inside(record.place.evidence)) delete record.place;
  if (record.time && !inside(record.time.evidence)) delete record.time;
  record.actors = record.actors.filter((p) => inside(p.evidence));
  record.recipients = record.recipients.filter((p) => inside(p.evidence));
}
