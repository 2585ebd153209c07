import type { EventRecord } from '../../model/event-record.js';
import type { CasualtyCategory, Figure } from '../../model/fatalities.js';
import { overlaps } from './merge-compatibility.js';

/**
 * 'At least seven children were killed in regime shelling …' in the lead, then 'at least five children were killed
 * when a shell landed at a school', 'another child was killed by another shell', 'shelling in another town killed
 * a child': the lead's seven is the day's dead added up, not the toll of the school shelling it was merged with.
 * A record's earlier, larger figure of a kind that its own later figure plus the lowest figure of that kind of each
 * other record of its type and day add up to exactly is such a sum, and leaves the record (a figure merely reached
 * may be another count of the same dead, or a toll that rose). A toll that rose ('at least 20' in
 * the lead, '15' in an earlier count below) is no sum: no other incident makes up the difference.
 */
export function withoutSummedTolls(records: readonly EventRecord[]): void {
  for (const record of records) {
    const table = record.fatalities;
    if (!table) continue;
    for (const [category, list] of Object.entries(table) as [CasualtyCategory, Figure[]][]) {
      // Exactly the lead's figure and the incident's: a record that holds more has taken the day's incidents in
      // itself ('five civilians' and then the three and the two they were), and its sum is its own.
      if (!list || list.length !== 2) continue;
      const others = records.filter((r) => r !== record && r.type === record.type && overlaps(r, record) && (r.fatalities?.[category]?.length ?? 0) > 0);
      if (!others.length) continue;
      const rest = others.reduce((sum, r) => sum + Math.min(...r.fatalities![category]!.map((f) => f.low)), 0);
      const summed = list.filter((f) => list.some((g) => g !== f && g.evidence.start > f.evidence.start && g.low < f.low && f.low === g.low + rest));
      if (summed.length) table[category] = list.filter((f) => !summed.includes(f));
    }
  }
}
