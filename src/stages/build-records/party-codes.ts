import type { EventRecord, Participant } from '../../model/event-record.js';
import { packedMap } from '../packed-map.js';

/**
 * A participant that names a party rather than a kind of people: "civilians" (CVL, SYRCVL) or bare
 * "soldiers" (MIL) are in many different events of one article, so sharing them says nothing about identity.
 */
function isSpecificParty(p: Participant): boolean {
  return Boolean(p.actor) && p.actor!.kind !== 'civilians' && !p.actor!.code.endsWith('CVL') && (p.actor!.code.length > 3 || p.actor!.kind === 'state');
}

/** Every code of a record's participants. Example: codes(record) → Set { 'RUSMIL', 'SYRREB' } */
export const codes = (r: EventRecord) => new Set(packedMap([...r.actors, ...r.recipients], (p) => p.actor?.code).filter((c): c is string => Boolean(c)));

/** The codes of the specific parties of a record, both sides together. */
export const specificCodes = (r: EventRecord) => new Set([...r.actors, ...r.recipients].filter(isSpecificParty).map((p) => p.actor!.code));

/** No specific party: one shared set, never changed (callers only read what sideCodes gives). */
const NONE: ReadonlySet<string> = new Set<string>();

/**
 * The specific codes of one side of a record, both sides' lists being a few participants long: built afresh each
 * call, which costs less than remembering them per list (a WeakMap entry for every list merging looks at).
 */
export const sideCodes = (ps: readonly Participant[]): ReadonlySet<string> => {
  let found: Set<string> | undefined;
  for (const p of ps) if (isSpecificParty(p)) (found ??= new Set()).add(p.actor!.code);
  return found ?? NONE;
};
