import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Factuality } from '../../model/factuality.js';

/** Factualities of things that happened (or are said to have) versus things asked for, planned or denied. */
const HAPPENED = new Set<Factuality>(['asserted', 'reported']);

const codes = (r: EventRecord) => new Set([...r.actors, ...r.recipients].map((p) => p.actor?.code).filter((c): c is string => Boolean(c)));

/**
 * Codes that name a party rather than a kind of people: "civilians" (CVL, SYRCVL) or bare "soldiers"
 * (MIL) are in many different events of one article, so sharing them says nothing about identity.
 */
const specificCodes = (r: EventRecord) => new Set([...r.actors, ...r.recipients]
  .filter((p) => p.actor && p.actor.kind !== 'civilians' && !/CVL$/.test(p.actor.code) && (p.actor.code.length > 3 || p.actor.kind === 'state'))
  .map((p) => p.actor!.code));

function overlaps(a: EventRecord, b: EventRecord): boolean {
  if (!a.time?.start || !b.time?.start || !a.time.end || !b.time.end) return true;
  return a.time.start <= b.time.end && b.time.start <= a.time.end;
}

function samePlace(a: EventRecord, b: EventRecord): boolean {
  if (!a.place || !b.place) return true;
  const x = a.place.place;
  const y = b.place.place;
  if (x.id === y.id) return true;
  // One inside the other: a country and a town in it.
  return x.country !== undefined && x.country === y.country && (x.precision === 'country' || y.precision === 'country');
}

/** How strongly two records look like two reports of one event; 0 when they cannot be. */
function affinity(a: EventRecord, b: EventRecord, words: (r: EventRecord) => Set<string>): number {
  if (a.type !== b.type || HAPPENED.has(a.factuality) !== HAPPENED.has(b.factuality)) return 0;
  if (!overlaps(a, b) || !samePlace(a, b)) return 0;
  // The same party (USAGOV and USAGOV) counts most; the same state at another level (Russia and the Russian government) less.
  const mine = specificCodes(a);
  const theirs = [...specificCodes(b)];
  const shared = theirs.filter((c) => mine.has(c)).length;
  const mineStates = new Set([...mine].map((c) => c.slice(0, 3)));
  const sharedStates = new Set(theirs.map((c) => c.slice(0, 3)).filter((c) => mineStates.has(c))).size;
  if (shared === 0 && sharedStates === 0) return 0;
  const wa = words(a);
  const sharedWords = [...words(b)].filter((w) => wa.has(w)).length;
  return shared * 10 + sharedStates * 4 + sharedWords;
}

function addParticipants(into: Participant[], from: readonly Participant[], taken: Set<string>): void {
  for (const p of from) {
    const code = p.actor?.code;
    if (code && taken.has(code)) continue;
    if (!code && into.some((q) => q.text.toLowerCase() === p.text.toLowerCase())) continue;
    into.push(p);
    if (code) taken.add(code);
  }
}

/**
 * The headline states the lead's event again: a headline record joins the first later record of
 * the same type that it does not contradict (times, places, factuality, named parties), even when
 * it names nobody ("Air strikes on Idlib market town kill civilians" and the lead's account).
 */
export function mergeHeadline(records: EventRecord[], isHeadline: (r: EventRecord) => boolean): EventRecord[] {
  const out: EventRecord[] = [];
  const headlines: EventRecord[] = [];
  for (const record of records) {
    if (isHeadline(record)) { headlines.push(record); continue; }
    out.push(record);
  }
  for (const head of headlines) {
    const body = out.find((r) => r.type === head.type && HAPPENED.has(r.factuality) === HAPPENED.has(head.factuality)
      && overlaps(r, head) && samePlace(r, head) && !conflictingParties(r, head));
    if (body) {
      absorb(body, head);
      body.evidence.sort((a, b) => a.start - b.start);
    } else out.push(head);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

function conflictingParties(a: EventRecord, b: EventRecord): boolean {
  const side = (ps: EventRecord['actors']) => new Set(ps.filter((p) => p.actor && p.actor.code.length > 3 && !/CVL$/.test(p.actor.code)).map((p) => p.actor!.code.slice(0, 3)));
  const x = side(a.actors);
  const y = side(b.actors);
  return x.size > 0 && y.size > 0 && ![...x].some((c) => y.has(c));
}

/**
 * Merges the records of one document that report the same event: same type, both happened (or
 * both only asked for, planned…), overlapping times, the same or nested places, and at least one
 * resolved participant in common; the best-matching earlier record takes the later one (most
 * shared participants, then most shared words). The merged record keeps every evidence span and
 * fills its empty fields (and empty sides) from the other ("the request of the State Department" in a headline and
 * "Washington has asked" in the lead are one request).
 */
export function mergeRecords(records: EventRecord[], clauseWords: (r: EventRecord) => Set<string>): EventRecord[] {
  const out: EventRecord[] = [];
  for (const record of records) {
    let best: EventRecord | undefined;
    let bestScore = 0;
    for (const earlier of out) {
      const score = affinity(earlier, record, clauseWords);
      if (score > bestScore) { best = earlier; bestScore = score; }
    }
    if (!best) { out.push(record); continue; }
    absorb(best, record);
  }
  return out;
}

function absorb(into: EventRecord, from: EventRecord): void {
  into.evidence.push(...from.evidence);
  // A side the first report names stays as it named it; an empty side is filled from the other report.
  const taken = codes(into);
  if (into.actors.length === 0) addParticipants(into.actors, from.actors, taken);
  if (into.recipients.length === 0) addParticipants(into.recipients, from.recipients, taken);
  into.time ??= from.time;
  if (into.time && from.time?.start && into.time.start && into.time.precision === 'ongoing' && from.time.precision !== 'ongoing') into.time = from.time;
  into.place ??= from.place;
  if (into.attribution.length === 0 && from.attribution.length > 0) {
    into.attribution = from.attribution;
    if (into.factuality === 'asserted' && from.factuality === 'reported') into.factuality = 'reported';
  }
  into.mode ??= from.mode;
  into.cameo ??= from.cameo;
  into.acled ??= from.acled;
  if (from.fatalities) into.fatalities = mergeFigures(into.fatalities, from.fatalities);
  if (from.injured) into.injured = mergeFigures(into.injured, from.injured);
  into.confidence = Math.max(into.confidence, from.confidence);
}

function mergeFigures<T extends Record<string, { low: number; high: number | null }[] | undefined>>(a: T | undefined, b: T): T {
  const out = { ...(a ?? {}) } as Record<string, { low: number; high: number | null }[]>;
  for (const [category, figures] of Object.entries(b)) {
    const list = (out[category] = [...(out[category] ?? [])]);
    for (const f of figures ?? []) if (!list.some((g) => g.low === f.low && g.high === f.high)) list.push(f);
  }
  return out as T;
}
