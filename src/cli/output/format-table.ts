import type { EventRecord } from '../../model/event-record.js';
import { describeParticipant, describeTime, describeFatalities, describeAttribution } from './describe-event.js';

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : flat.slice(0, width - 1) + '…';
}

/**
 * Events as a readable fixed-width table for a terminal: one line each, the evidence last.
 * A '*' after a date means the year was inferred from the publication date; after a party, that the text names it elsewhere (at another attack by the same means, or in a claim of responsibility: inferred).
 */
export function formatEventTable(events: readonly EventRecord[], texts: ReadonlyMap<string, string>): string {
  const columns: [string, number][] = [['event', 30], ['when', 23], ['type', 22], ['who', 28], ['whom', 24], ['where', 16], ['factuality', 10], ['killed', 14], ['source', 20], ['evidence', 60]];
  const header = columns.map(([name, width]) => cut(name, width)).join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const e of events) {
    const text = texts.get(e.documentId) ?? '';
    const evidence = e.evidence[0] ? text.slice(e.evidence[0].start, e.evidence[0].end) : e.triggerText;
    const cells = [
      e.id, describeTime(e), `${e.type}${e.mode ? '/' + e.mode : ''}`,
      e.actors.map(describeParticipant).join(', '), e.recipients.map(describeParticipant).join(', '),
      e.place ? `${e.place.place.name}${e.place.place.country ? ', ' + e.place.place.country : ''}${e.otherPlaces ? ` +${e.otherPlaces.length}` : ''}` : '',
      e.factuality, describeFatalities(e), describeAttribution(e), evidence,
    ];
    lines.push(cells.map((c, i) => cut(c, columns[i][1])).join(' ').trimEnd());
  }
  return lines.join('\n');
}
