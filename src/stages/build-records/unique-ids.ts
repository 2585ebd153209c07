import type { EventRecord } from '../../model/event-record.js';

/**
 * One trigger can state two events (a meeting on two dates): the second gets '_2' after its id, stable across runs.
 * Example: ids [ev_a_10, ev_a_10, ev_a_30] → [ev_a_10, ev_a_10_2, ev_a_30]
 */
export function uniqueIds(records: EventRecord[]): EventRecord[] {
  const seen = new Map<string, number>();
  for (const record of records) {
    const n = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, n);
    if (n > 1) record.id = `${record.id}_${n}`;
  }
  return records;
}
