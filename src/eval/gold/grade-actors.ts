import type { Participant } from '../../model/event-record.js';
import type { GoldActor } from './gold-types.js';

/**
 * True when sitrep's participants match the reference actors (SCHEMA.md, "actors"):
 * every reference actor needs its own sitrep actor with an acceptable code (one whose
 * `accept` holds null may go without), and every resolved sitrep actor must be acceptable
 * for one of them. Unresolved mentions ('gunmen') carry no code and so claim nothing: an empty
 * reference list allows them, and they never stand in for a reference actor.
 */
export function actorsMatch(system: readonly Participant[], reference: readonly GoldActor[]): boolean {
  const resolved = system.filter((p) => p.actor?.code);
  const codes = resolved.map((p) => p.actor!.code);
  if (reference.length === 0) return codes.length === 0;
  const accepts = reference.map(acceptedCodes);
  const allowsNone = reference.map((r) => (r.accept ?? []).includes(null) || r.code === null && !(r.accept?.length));
  // Every resolved sitrep actor must be acceptable for some reference actor.
  if (!codes.every((code) => accepts.some((set) => set.has(code)))) return false;
  // Each reference actor that needs a code gets its own distinct sitrep actor (bipartite match).
  return assign(0, reference.length, accepts, allowsNone, codes, new Set());
}

function acceptedCodes(actor: GoldActor): Set<string> {
  const set = new Set<string>();
  if (actor.code) set.add(actor.code);
  for (const code of actor.accept ?? []) if (code) set.add(code);
  return set;
}

function assign(i: number, n: number, accepts: Set<string>[], allowsNone: boolean[], codes: string[], used: Set<number>): boolean {
  if (i === n) return true;
  for (let j = 0; j < codes.length; j++) {
    if (used.has(j) || !accepts[i].has(codes[j])) continue;
    used.add(j);
    if (assign(i + 1, n, accepts, allowsNone, codes, used)) return true;
    used.delete(j);
  }
  return allowsNone[i] && assign(i + 1, n, accepts, allowsNone, codes, used);
}
