import type { ActorRef } from '../model/actor.js';
import { entryHoldsOn, type ActorEntry } from './actor-entry.js';

/** The row chosen for a mention, and how sure the choice is. Example: { entry: {…'john-kerry' USAGOV}, confidence: 0.9 } */
export interface ResolvedEntry {
  ref: ActorRef;
  entry: ActorEntry;
  confidence: number;
}

/**
 * Chooses among the rows a phrase names the one that holds on `day` (the publication date):
 * 'Kerry' in 2016 is the Secretary of State (USAGOV), in 2010 a senator (USALEG). Rows of sitrep's
 * own file come first. A person named after every term has ended is a former office holder: the
 * country code + ELI, as CAMEO codes them. With no date, the open-ended (latest) row is taken.
 */
export function resolveActor(rows: readonly ActorEntry[], day: string | undefined): ResolvedEntry | undefined {
  if (!rows.length) return undefined;
  // More than one actor among the rows; asked for every mention, so without building a set of their ids.
  const ambiguous = rows.some((r) => r.id !== rows[0].id);
  let chosen: ActorEntry | undefined;
  let confidence = ambiguous ? 0.6 : 0.9;
  if (day) chosen = rows.find((r) => entryHoldsOn(r, day) && (r.from || r.to)) ?? rows.find((r) => entryHoldsOn(r, day));
  else {
    // With no date, a real office beats CAMEO's undated 'former leader' row (Kofi Annan: IGOUNO, not ELI).
    const coded = rows.filter((r) => !r.code.endsWith('ELI'));
    const latest = [...coded].sort((a, b) => ((a.to ?? '9999') < (b.to ?? '9999') ? 1 : -1))[0];
    chosen = coded.find((r) => !r.to) ?? latest ?? rows.find((r) => !r.to) ?? rows[0];
  }
  if (!chosen && day) {
    // Every row has ended or not yet begun: take the one that ended last before the day.
    const ended = rows.filter((r) => r.to && r.to <= day).sort((a, b) => (a.to! < b.to! ? 1 : -1));
    const last = ended[0];
    if (!last) return undefined;
    const ref = toRef(last);
    if (last.kind === 'person' && last.code.length >= 3 && !last.code.startsWith('IGO')) ref.code = last.code.slice(0, 3) + 'ELI';
    return { ref, entry: last, confidence: 0.5 };
  }
  if (!chosen) return undefined;
  if (ambiguous && rows.filter((r) => r.id !== chosen!.id && (!day || entryHoldsOn(r, day))).every((r) => r.source !== 'sitrep') && chosen.source === 'sitrep') confidence = 0.85;
  return { ref: toRef(chosen), entry: chosen, confidence };
}

/** The ActorRef a mention carries for a dictionary row. */
export function toRef(e: ActorEntry): ActorRef {
  const ref: ActorRef = { id: e.id, name: e.name, code: e.code, kind: e.kind };
  if (e.country) ref.country = e.country;
  if (e.role) ref.role = e.role;
  return ref;
}
