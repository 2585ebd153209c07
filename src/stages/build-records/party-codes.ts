import type { EventRecord, Participant } from '../../model/event-record.js';

/**
 * A participant that names a party rather than a kind of people: "civilians" (CVL, SYRCVL) or bare
 * "soldiers" (MIL) are in many different events of one article, so sharing them says nothing about identity.
 */
function isSpecificParty(p: Participant): boolean {
  return Boolean(p.actor) && p.actor!.kind !== 'civilians' && !/CVL$/.test(p.actor!.code) && (p.actor!.code.length > 3 || p.actor!.kind === 'state');
}

/** Every code of a record's participants. Example: codes(record) → Set { 'RUSMIL', 'SYRREB' } */
export const codes = (r: EventRecord) => new Set([...r.actors, ...r.recipients].map((p) => p.actor?.code).filter((c): c is string => Boolean(c)));

/** The codes of the specific parties of a record, both sides together. */
export const specificCodes = (r: EventRecord) => new Set([...r.actors, ...r.recipients].filter(isSpecificParty).map((p) => p.actor!.code));

/** The specific codes of one side of a record, remembered per list and length (merging only appends). */
const sideCache = new WeakMap<readonly Participant[], { n: number; codes: Set<string> }>();
export const sideCodes = (ps: readonly Participant[]) => {
  const hit = sideCache.get(ps);
  if (hit && hit.n === ps.length) return hit.codes;
  const found = new Set(ps.filter(isSpecificParty).map((p) => p.actor!.code));
  sideCache.set(ps, { n: ps.length, codes: found });
  return found;
};
