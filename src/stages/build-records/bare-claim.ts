import type { EventRecord, Participant } from '../../model/event-record.js';

// Acts the article states happened: a denied or imagined attack has no author to claim it.
const STATED = new Set(['asserted', 'reported']);

/** 'claimed responsibility for the attack', 'claimed responsibility of …': the claim names its own act. */
const NAMES_ITS_ACT = /^\s+(?:for|of|over)\b/i;

/** A party the dictionary knows, and not the victims. */
const known = (p: Participant) => p.actor !== undefined && p.actor.kind !== 'civilians';

/**
 * 'A suicide bomber blew himself up at a mosque … The Islamic State group claimed responsibility on
 * Saturday.': a claim of responsibility that names no act of its own claims the attack just told (in its
 * sentence or the one before). When that attack names no author the dictionary knows ('a suicide
 * bomber', 'gunmen'), the claimant is its actor, as analysts code a claimed attack; an attack with a
 * named author keeps it.
 * `claims` are the claim records with the sentence of their trigger; `sentenceOf` gives the sentences
 * of a record's reports.
 */
export function claimantsOfToldAttacks(records: readonly EventRecord[], claims: readonly { record: EventRecord; sentence: number }[],
  sentencesOf: (r: EventRecord) => number[], text: string): void {
  for (const { record: claim, sentence } of claims) {
    if (NAMES_ITS_ACT.test(text.slice(claim.trigger.end, claim.trigger.end + 8))) continue;
    const claimants = claim.actors.filter(known);
    if (!claimants.length) continue;
    // The attack told last before the claim, in its sentence or the one before.
    const told = records.filter((r) => r.type === 'ASSAULT' && r.trigger.start < claim.trigger.start
      && sentencesOf(r).some((s) => s === sentence || s === sentence - 1));
    const attack = told[told.length - 1];
    if (!attack || !STATED.has(attack.factuality) || attack.actors.some(known)) continue;
    attack.actors = claimants.map((p) => ({ ...p, inferred: 'claimed' as const }));
  }
}
