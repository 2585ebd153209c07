import type { EventRecord } from '../../model/event-record.js';

// What merging the reports of one document may know beyond the records' own fields, shared by
// mergeRecords, mergeHeadline and absorbReport.

/** What merging may know of a record beyond its own fields: the place its paragraph gives it, the text. */
export interface MergeContext {
  clauseWords: (r: EventRecord) => Set<string>;
  /** The place a record without one of its own would inherit: a conflict there parts two reports too. */
  placeFor?: (r: EventRecord) => EventRecord['place'];
  text?: string;
  /** The record's weapon comes from its own trigger ('airstrike'), not from a guess of the sentence classifier ('killed'). */
  namesWeapon?: (r: EventRecord) => boolean;
  /** The record's trigger is in the headline. */
  inHeadline?: (r: EventRecord) => boolean;
  /** The index of the sentence that tells the record. */
  sentenceOf?: (r: EventRecord) => number;
}

/** Records that took a trigger-named weapon from a report merged into them. */
export const adoptedWeapon = new WeakSet<EventRecord>();
/** The record's weapon was named by a trigger (its own or a merged report's), not guessed by the classifier. */
export const namesWeapon = (r: EventRecord, context?: MergeContext) => adoptedWeapon.has(r) || (context?.namesWeapon?.(r) ?? true);
