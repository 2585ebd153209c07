import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Factuality } from '../../model/factuality.js';
import { codes, sideCodes, specificCodes } from './party-codes.js';
import { onePlaceForMerging } from './one-place-for-merging.js';
import { REMOTE_VIOLENCE } from '../../model/event-types.js';
import { tollAgainstNone } from './told-without-toll.js';
import { anonymousRepeat, anotherSourcesCount, definiteBackReference, partOfLead, toldAsAnother, REPEAT_SCORE } from './repeat-reports.js';

/** Factualities of things that happened (or are said to have) versus things asked for, planned or denied. */
const HAPPENED = new Set<Factuality>(['asserted', 'reported']);

function overlaps(a: EventRecord, b: EventRecord): boolean {
  if (!a.time?.start || !b.time?.start || !a.time.end || !b.time.end) return true;
  return a.time.start <= b.time.end && b.time.start <= a.time.end;
}

/** What merging may know of a record beyond its own fields: the place its paragraph gives it, the text. */
export interface MergeContext {
  clauseWords: (r: EventRecord) => Set<string>;
  /** The place a record without one of its own would inherit: a conflict there parts two reports too. */
  placeFor?: (r: EventRecord) => EventRecord['place'];
  text?: string;
  /** The record's weapon comes from its own trigger ('airstrike'), not from a guess of the sentence classifier ('killed'). */
  namesWeapon?: (r: EventRecord) => boolean;
  /** The index of the sentence that tells the record. */
  sentenceOf?: (r: EventRecord) => number;
}

/** Records that took a trigger-named weapon from a report merged into them. */
const adoptedWeapon = new WeakSet<EventRecord>();
const namesWeapon = (r: EventRecord, context?: MergeContext) => adoptedWeapon.has(r) || (context?.namesWeapon?.(r) ?? true);

function samePlace(a: EventRecord, b: EventRecord, context?: MergeContext): boolean {
  const pa = a.place ?? context?.placeFor?.(a);
  const pb = b.place ?? context?.placeFor?.(b);
  return !pa || !pb || onePlaceForMerging(pa.place, pb.place);
}

/** Types whose parties are interchangeable (talks, a truce): a party is shared whatever its role. */
const JOINT = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * Parties two records share in the same roles; a party that attacks in one report and is attacked
 * in the other ("regime shelling of a rebel-held area" and "Rebels have responded to the shelling")
 * makes them two events, unless the type is a joint one.
 */
function sharedParties(a: EventRecord, b: EventRecord): { shared: string[]; swapped: boolean } {
  if (JOINT.has(a.type)) return { shared: [...specificCodes(b)].filter((c) => specificCodes(a).has(c)), swapped: false };
  const [aa, ar, ba, br] = [sideCodes(a.actors), sideCodes(a.recipients), sideCodes(b.actors), sideCodes(b.recipients)];
  const shared = [...[...ba].filter((c) => aa.has(c)), ...[...br].filter((c) => ar.has(c))];
  const swapped = shared.length === 0 && ([...ba].some((c) => ar.has(c) && !aa.has(c)) || [...br].some((c) => aa.has(c) && !ar.has(c)));
  return { shared, swapped };
}

/** The figures of a record, killed and injured, with their category. */
function figures(r: EventRecord): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const [outcome, table] of [['k', r.fatalities], ['i', r.injured]] as const) {
    for (const [category, list] of Object.entries(table ?? {})) for (const f of list ?? []) out.push({ key: `${outcome}:${category}:${f.low}:${f.high}`, ...f.evidence });
  }
  return out;
}

/**
 * The same toll in both reports ("including three children" in the standfirst and in the body).
 * A single victim ("a girl") is too common a figure to tell two incidents apart.
 */
function sameFigure(a: EventRecord, b: EventRecord): boolean {
  // Compared on the low end: "three children" and "at least three children" (a part of an open toll) are one figure.
  const telling = (r: EventRecord) => figures(r).filter((f) => !/:1:1$/.test(f.key)).map((f) => f.key.slice(0, f.key.lastIndexOf(':')));
  const mine = new Set(telling(a));
  return telling(b).some((key) => mine.has(key));
}

/**
 * A toll said to come on top of one already given ("killed another three people", "two more
 * citizens", "two others") is of another incident than the earlier report.
 */
export function addsToEarlierToll(r: EventRecord, text: string): boolean {
  const first = figures(r).sort((x, y) => x.start - y.start)[0];
  if (!first) return false;
  return /\b(?:another|a\s+further|an\s+additional)\s+$/i.test(text.slice(Math.max(0, first.start - 20), first.start))
    || /^\s+(?:\w+\s+)?(?:more|others?|further|additional)\b/i.test(text.slice(first.end, first.end + 25)) && !/^\s+(?:\w+\s+)?others?\s+(?:were\s+)?(?:wounded|injured|hurt)/i.test(text.slice(first.end, first.end + 40));
}

/** Words that open a report of another incident: "Also Wednesday, 22 fighters were killed", "Separately, ...", "Elsewhere, ...", "In another attack, ...". */
const ANOTHER_INCIDENT = /^\W*(?:also|separately|elsewhere|meanwhile|in\s+(?:an)?other\s+(?:attack|incident|development|strike|raid))\b/i;

/** True when the sentence of the record's first toll opens with words that announce another incident. */
export function opensAnotherIncident(r: EventRecord, text: string): boolean {
  const first = figures(r).sort((x, y) => x.start - y.start)[0];
  if (!first) return false;
  const before = text.slice(Math.max(0, first.start - 200), first.start);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  return ANOTHER_INCIDENT.test(before.slice(start));
}

/**
 * One toll is of a single day and the other of several ("13 civilians were killed on Wednesday" and
 * "air attacks killed at least 57 civilians in recent days"): the period's toll sums many incidents,
 * so the two are not one report, unless they give the same figure.
 */
export function tollOfAPeriodAndADay(a: EventRecord, b: EventRecord): boolean {
  const days = (r: EventRecord) => (r.time?.start && r.time.end ? (r.time.start === r.time.end ? 'day' : 'period') : undefined);
  const x = days(a);
  const y = days(b);
  return Boolean(a.fatalities && b.fatalities) && x !== undefined && y !== undefined && x !== y && !sameFigure(a, b);
}

/**
 * One report's source is (the state of) the other's actor, and it does not speak of its own act
 * ("The IDF said rockets fell on the Golan" and an Israeli strike): two events, not one. Outlets
 * report on their own state's forces all the time, so a media source does not count.
 */
function sourceIsOtherActor(a: EventRecord, b: EventRecord): boolean {
  const check = (x: EventRecord, y: EventRecord) => {
    const own = new Set([...sideCodes(x.actors)].map((c) => c.slice(0, 3)));
    return x.attribution.length > 0 && x.attribution.some((s) => s.code && !/MED$/.test(s.code) && !own.has(s.code.slice(0, 3))
      && [...sideCodes(y.actors)].some((c) => c.slice(0, 3) === s.code!.slice(0, 3)));
  };
  return check(a, b) || check(b, a);
}

/** How strongly two records look like two reports of one event; 0 when they cannot be. */
function affinity(a: EventRecord, b: EventRecord, context: MergeContext): number {
  if (a.type !== b.type || HAPPENED.has(a.factuality) !== HAPPENED.has(b.factuality)) return 0;
  if (!overlaps(a, b) || !samePlace(a, b, context)) return 0;
  // An air strike and a shelling are two events, even on one day in one place (ACLED codes them apart).
  if (a.acled !== b.acled && REMOTE_VIOLENCE.has(a.acled ?? '') && REMOTE_VIOLENCE.has(b.acled ?? '') && namesWeapon(a, context) && namesWeapon(b, context)) return 0;
  // An ambush or a clash its own word names and an air strike are two events, even in one fight:
  // ACLED codes the strikes that support or answer a battle apart from the battle.
  if (groundAndAir(a, b, context) || groundAndAir(b, a, context)) return 0;
  if (context.text && (b.fatalities || b.injured) && addsToEarlierToll(b, context.text)) return 0;
  if (tollOfAPeriodAndADay(a, b)) return 0;
  if (context.text && b.fatalities && opensAnotherIncident(b, context.text)) return 0;
  if (sourceIsOtherActor(a, b) || (context.text && tollAgainstNone(a, b, context.text))) return 0;
  // The same party (USAGOV and USAGOV) counts most; the same state at another level (Russia and the Russian government) less.
  const { shared: sharedCodes, swapped } = sharedParties(a, b);
  if (swapped) return 0;
  const shared = sharedCodes.length;
  const mineStates = new Set([...sideCodes(a.actors), ...sideCodes(a.recipients)].map((c) => c.slice(0, 3)));
  const theirs = [...sideCodes(b.actors), ...sideCodes(b.recipients)];
  const sharedStates = new Set(theirs.map((c) => c.slice(0, 3)).filter((c) => mineStates.has(c))).size;
  // Both dated to one day, one place, the same toll: one event, even when neither names a party.
  // Places of their own, not the paragraph's: a toll repeated in another paragraph's place proves little.
  const located = Boolean(a.place && b.place);
  const figure = (a.fatalities || a.injured) && (b.fatalities || b.injured) && sameFigure(a, b) && !conflictingParties(a, b) && (bothDated(a, b) || located) ? 1 : 0;
  const repeat = shared === 0 && sharedStates === 0 && figure === 0 && !(context.text && toldAsAnother(b, context.text))
    && (anonymousRepeat(a, b, context.sentenceOf) || partOfLead(a, b, context.sentenceOf) || (context.text !== undefined && (definiteBackReference(a, b, context.text)
      || anotherSourcesCount(a, b, context.text, !namesWeapon(b, context)))));
  if (shared === 0 && sharedStates === 0 && figure === 0 && !repeat) return 0;
  // A report that names nothing of its own ('the strikes hit residential areas') tells again the
  // latest such event, not the one with most words in common: it scores the least, and ties go late.
  if (repeat) return REPEAT_SCORE;
  const wa = context.clauseWords(a);
  const sharedWords = [...context.clauseWords(b)].filter((w) => wa.has(w)).length;
  return shared * 10 + sharedStates * 4 + figure * 10 + sharedWords;
}

/** Words that say a strike from above, whatever the classifier read around them: 'struck', 'air raids', 'bombed'. */
const STRIKE_WORD = /^(?:air\s*)?(?:strikes?|struck|raids?|bomb(?:ed|ing|ings|s)?)$/i;

/**
 * `ground` is a clash its own trigger names ('ambush', 'clashes') and `air` an air or drone strike
 * its trigger says is one ('helicopters struck'); a bare 'attack' the classifier guessed an air strike stays open.
 */
function groundAndAir(ground: EventRecord, air: EventRecord, context: MergeContext): boolean {
  return ground.acled === 'Armed clash' && air.acled === 'Air/drone strike' && namesWeapon(ground, context)
    && (namesWeapon(air, context) || STRIKE_WORD.test(air.triggerText));
}

/**
 * `inner` lies inside the vague span `outer` and spans fewer days ('Sunday' inside 'last weekend');
 * a range the text states ('July 14-15') is meant whole and is never narrowed.
 */
export function narrowerInside(inner: EventRecord['time'], outer: EventRecord['time']): boolean {
  if (!inner?.start || !inner.end || !outer?.start || !outer.end || inner.precision === 'ongoing' || outer.precision === 'range') return false;
  return inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end);
}

function bothDated(a: EventRecord, b: EventRecord): boolean {
  return Boolean(a.time?.start && b.time?.start && a.time.precision === 'day' && b.time.precision === 'day');
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
 * it names nobody ("Air strikes on Idlib market town kill civilians" and the lead's account). Two headline acts of one type
 * ('checkpoint attacked; 11 militants killed in raid') are two events: never one body record; a toll joins the report giving it.
 */
export function mergeHeadline(records: EventRecord[], isHeadline: (r: EventRecord) => boolean, context?: MergeContext): EventRecord[] {
  const out: EventRecord[] = [];
  const headlines: EventRecord[] = [], joined = new Set<EventRecord>();
  for (const record of records) {
    if (isHeadline(record)) { headlines.push(record); continue; }
    out.push(record);
  }
  for (const head of headlines) {
    // A headline with no date of its own ('Russia announces 72-hour truce'), or only the day of publication,
    // it may announce what the body dates ahead ('to begin on Thursday'), a plan.
    const undated = !head.time?.start || head.time.precision === 'ongoing';
    const bodies = out.filter((r) => r.type === head.type && !joined.has(r)
      && (HAPPENED.has(r.factuality) === HAPPENED.has(head.factuality) || (undated && r.factuality === 'planned'))
      && (overlaps(r, head) || undated) && samePlace(r, head, context) && !conflictingParties(r, head) && !(sharedParties(r, head).swapped && !oneSided(head))
      && !(context && (groundAndAir(head, r, context) || groundAndAir(r, head, context) || (context.text && tollAgainstNone(r, head, context.text)))));
    const body = bodies.find((r) => (head.fatalities || head.injured) && sameFigure(r, head)) ?? bodies[0];
    if (body) {
      absorb(body, head, context); joined.add(body); body.evidence.sort((a, b) => a.start - b.start);
    } else out.push(head);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * A headline naming one party only ('talks suspended after police station bombing'): which side it
 * stands on is the parser's guess from a string of nouns, too thin to set it against the body's roles.
 */
function oneSided(head: EventRecord): boolean {
  return head.actors.length === 0 || head.recipients.length === 0;
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
export function mergeRecords(records: EventRecord[], clauseWords: ((r: EventRecord) => Set<string>) | MergeContext): EventRecord[] {
  const context: MergeContext = typeof clauseWords === 'function' ? { clauseWords } : clauseWords;
  const out: EventRecord[] = [];
  for (const record of records) {
    let best: EventRecord | undefined;
    let bestScore = 0;
    for (const earlier of out) {
      const score = affinity(earlier, record, context);
      if (score > bestScore || (score === REPEAT_SCORE && bestScore === REPEAT_SCORE)) { best = earlier; bestScore = score; }
    }
    if (!best) { out.push(record); continue; }
    absorb(best, record, context);
  }
  return out;
}

function absorb(into: EventRecord, from: EventRecord, context?: MergeContext): void {
  into.evidence.push(...from.evidence);
  // The weapon a report's own trigger names ('suicide bombing') beats the classifier's guess for a bare 'killed'.
  if (!namesWeapon(into, context) && namesWeapon(from, context) && from.acled) {
    into.mode = from.mode;
    into.cameo = from.cameo;
    into.acled = from.acled;
    adoptedWeapon.add(into);
  }
  // A side the first report names stays as it named it; an empty side is filled from the other report.
  const taken = codes(into);
  if (into.actors.length === 0) addParticipants(into.actors, from.actors, taken);
  if (into.recipients.length === 0) addParticipants(into.recipients, from.recipients, taken);
  into.time ??= from.time;
  if (into.time && from.time?.start && into.time.start && into.time.precision === 'ongoing' && from.time.precision !== 'ongoing') into.time = from.time;
  // 'last weekend' in the lead and 'on Sunday morning' in the body: the finer date inside the wider one is the event's.
  else if (narrowerInside(from.time, into.time)) into.time = from.time;
  // The further places go with the place they were named with.
  if (!into.place && from.place) {
    into.place = from.place;
    if (from.otherPlaces) into.otherPlaces = from.otherPlaces;
  }
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
