import type { EventRecord } from '../../model/event-record.js';
import type { MergeContext } from './merge-context.js';
import { namesWeapon } from './merge-context.js';
import { conflictingParties, samePlace } from './merge-compatibility.js';

// Classes that say only that someone was attacked, not with what.
const UNARMED_CLASSES = new Set<string | undefined>([undefined, 'Attack']);
// What the classifier may guess for an attack whose weapon no trigger names: a clash too ('Killed in operations').
const OPEN_CLASSES = new Set<string | undefined>([...UNARMED_CLASSES, 'Armed clash']);
// How far after the opening sentence the sentence that tells its weapon may stand.
const LEAD_REACH = 2;

const deadly = (r: EventRecord) => Object.values(r.fatalities ?? {}).some((list) => (list?.length ?? 0) > 0);

/**
 * A story opens by summing up its event ('Twelve killed in attacks on two villages') and goes on to tell it ('Government
 * warplanes struck the villages …, killing nine'): a deadly attack in the opening sentence (or headline) whose weapon no
 * trigger names (an attack, or a clash the classifier guessed for 'killed in operations') takes the weapon of the first
 * deadly attack of the next two sentences that names one, in no other place and by no other side. The records stay two when merging kept them apart (their tolls differ); only the means is shared.
 * A later sentence's attack sums up nothing, and an attack that killed nobody ('Separately, air strikes hit a market')
 * tells another act. Example: 'attacks' (Attack) in the opening above → mode 'aerial', 'Air/drone strike'.
 */
export function meansOfLead(records: readonly EventRecord[], context: MergeContext): void {
  const sentenceOf = context.sentenceOf;
  if (!sentenceOf) return;
  for (const record of records) {
    const opening = sentenceOf(record) === 0 || (context.inHeadline?.(record) ?? false);
    if (!opening || record.type !== 'ASSAULT' || !OPEN_CLASSES.has(record.acled) || namesWeapon(record, context) || !deadly(record)) continue;
    const from = sentenceOf(record);
    const donor = records.find((r) => r !== record && r.type === 'ASSAULT' && !UNARMED_CLASSES.has(r.acled) && namesWeapon(r, context)
      && sentenceOf(r) > from && sentenceOf(r) - from <= LEAD_REACH && deadly(r)
      && samePlace(r, record, context) && !conflictingParties(r, record));
    if (!donor) continue;
    record.mode = donor.mode;
    record.acled = donor.acled;
    record.cameo = donor.cameo;
  }
}
