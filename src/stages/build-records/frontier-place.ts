import type { EventRecord } from '../../model/event-record.js';

/** 'border' or 'frontier' right after a place name: the name says which line, not which side of it. */
const FRONTIER_AFTER = /^[\s-]+(?:border|frontier)s?\b/i;

/**
 * The record's place is the adjective of a border ("near Somali border", "on the Syrian frontier"):
 * it names a line two countries share, so it can neither contradict nor outrank a town the body
 * gives on either side of it.
 * Example: frontierPlace(headlineRecord, 'Bomb kills six near Somali border\n…') → true
 */
export function frontierPlace(record: EventRecord, text: string | undefined): boolean {
  if (!record.place || !text) return false;
  const end = record.place.evidence.end;
  return FRONTIER_AFTER.test(text.slice(end, end + 12));
}
