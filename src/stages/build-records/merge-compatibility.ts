import type { EventRecord } from '../../model/event-record.js';
import type { Factuality } from '../../model/factuality.js';
import { sideCodes, specificCodes } from './party-codes.js';
import { onePlaceForMerging } from './one-place-for-merging.js';
import { namesWeapon, type MergeContext } from './merge-context.js';
import { isPageDate } from './page-date.js';
import { weaponOf } from './weapon-of-attacker.js';
import { REMOTE_VIOLENCE } from '../../model/event-types.js';

// What makes two reports unable to be one event whatever else they share: times that do not meet,
// places apart, sides that conflict or swap, a ground fight and an air strike.

/** Factualities of things that happened (or are said to have) versus things asked for, planned or denied. */
export const HAPPENED = new Set<Factuality>(['asserted', 'reported']);

/** How far before the page's day a report dated only by the page may have happened: news of the past week. */
const PAGE_REACH_DAYS = 7;

/**
 * Times that may be one event's, reading a day that only dates the page ('Sat Nov 18 2017 20 civilians killed
 * in car bomb attack …' and the lead's 'on Friday evening') as the week up to it: the page's day is when the
 * report was put up, not when the act was done.
 */
export function ownDaysOverlap(a: EventRecord, b: EventRecord, text?: string): boolean {
  return overlaps(text === undefined ? a : pageWeek(a, text), text === undefined ? b : pageWeek(b, text));
}

function pageWeek(r: EventRecord, text: string): EventRecord {
  const start = r.time?.start ? pageWeekStart(r.time, text) : undefined;
  return start ? { ...r, time: { ...r.time!, start } } : r;
}

// Merging asks it of every pair: the answer is kept with the time value (replaced, never changed in place, when a record is re-dated).
const weekStarts = new WeakMap<NonNullable<EventRecord['time']>, { text: string; start: string | undefined }>();
function pageWeekStart(time: NonNullable<EventRecord['time']>, text: string): string | undefined {
  const known = weekStarts.get(time);
  if (known !== undefined && known.text === text) return known.start;
  const start = isPageDate(time.evidence, text) ? weekBefore(time.start!) : undefined;
  weekStarts.set(time, { text, start });
  return start;
}

function weekBefore(day: string): string | undefined {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() - PAGE_REACH_DAYS);
  return date.toISOString().slice(0, 10);
}

/** `own` is a day of the week up to the page's day `page`: the day a report dated only by the page happened on. */
export function dayOfPageWeek(own: EventRecord['time'], page: EventRecord['time']): boolean {
  const from = page?.start ? weekBefore(page.start) : undefined;
  return Boolean(own?.start && own.precision === 'day' && from && own.start >= from && own.start <= page!.start!);
}

export function overlaps(a: EventRecord, b: EventRecord): boolean {
  if (!a.time?.start || !b.time?.start || !a.time.end || !b.time.end) return true;
  return a.time.start <= b.time.end && b.time.start <= a.time.end;
}

export function samePlace(a: EventRecord, b: EventRecord, context?: MergeContext): boolean {
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
export function sharedParties(a: EventRecord, b: EventRecord): { shared: string[]; swapped: boolean } {
  if (JOINT.has(a.type)) return { shared: [...specificCodes(b)].filter((c) => specificCodes(a).has(c)), swapped: false };
  const [aa, ar, ba, br] = [sideCodes(a.actors), sideCodes(a.recipients), sideCodes(b.actors), sideCodes(b.recipients)];
  const shared = [...[...ba].filter((c) => aa.has(c)), ...[...br].filter((c) => ar.has(c))];
  const swapped = shared.length === 0 && ([...ba].some((c) => ar.has(c) && !aa.has(c)) || [...br].some((c) => aa.has(c) && !ar.has(c)));
  return { shared, swapped };
}

/**
 * One report's source is (the state of) the other's actor, and it does not speak of its own act
 * ("The IDF said rockets fell on the Golan" and an Israeli strike): two events, not one. Outlets
 * report on their own state's forces all the time, so a media source does not count.
 */
export function sourceIsOtherActor(a: EventRecord, b: EventRecord): boolean {
  const check = (x: EventRecord, y: EventRecord) => {
    // Most reports cite nobody: no set of their own states is built for them.
    if (x.attribution.length === 0) return false;
    const own = new Set([...sideCodes(x.actors)].map((c) => c.slice(0, 3)));
    return x.attribution.some((s) => s.code && !/MED$/.test(s.code) && !own.has(s.code.slice(0, 3))
      && [...sideCodes(y.actors)].some((c) => c.slice(0, 3) === s.code!.slice(0, 3)));
  };
  return check(a, b) || check(b, a);
}

/** Words that say a strike from above, whatever the classifier read around them: 'struck', 'air raids', 'bombed'. */
const STRIKE_WORD = /^(?:air\s*)?(?:strikes?|struck|raids?|bomb(?:ed|ing|ings|s)?)$/i;

/**
 * `ground` is a clash its own trigger names ('ambush', 'clashes') and `air` an air or drone strike
 * its trigger says is one ('helicopters struck'); a bare 'attack' the classifier guessed an air strike stays open.
 */
export function groundAndAir(ground: EventRecord, air: EventRecord, context: MergeContext): boolean {
  return ground.acled === 'Armed clash' && air.acled === 'Air/drone strike' && namesWeapon(ground, context)
    && (namesWeapon(air, context) || STRIKE_WORD.test(air.triggerText));
}

const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** 'captured six villages' and 'warplanes struck positions near the town': taking ground and an air strike its own word names are two acts. */
export function groundTakenAndAir(taken: EventRecord, air: EventRecord, context: MergeContext): boolean {
  return TERRITORY.has(taken.acled ?? '') && air.acled === 'Air/drone strike' && (namesWeapon(air, context) || STRIKE_WORD.test(air.triggerText));
}

export function bothDated(a: EventRecord, b: EventRecord): boolean {
  return Boolean(a.time?.start && b.time?.start && a.time.precision === 'day' && b.time.precision === 'day');
}

export function conflictingParties(a: EventRecord, b: EventRecord): boolean {
  const side = (ps: EventRecord['actors']) => new Set(ps.filter((p) => p.actor && p.actor.code.length > 3 && !/CVL$/.test(p.actor.code)).map((p) => p.actor!.code.slice(0, 3)));
  return noCommonState(side(a.actors), side(b.actors));
}

/** Both name states, and none in common. */
function noCommonState(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return x.size > 0 && y.size > 0 && ![...x].some((c) => y.has(c));
}

/** Acts of speech aimed at a party: whom they are aimed at is part of what they are. */
const AIMED_SPEECH = new Set(['ACCUSE', 'THREATEN', 'REQUEST']);

/**
 * 'The State Department grows opposed to Kerry's policy' and 'the Russian and Syrian military do not discriminate':
 * one side's two accusations (or threats, or demands) aimed at parties of no common state are two acts, even on one day.
 */
export function aimedAtOthers(a: EventRecord, b: EventRecord): boolean {
  if (!AIMED_SPEECH.has(a.type)) return false;
  const states = (r: EventRecord) => new Set([...sideCodes(r.recipients)].map((c) => c.slice(0, 3)));
  return noCommonState(states(a), states(b));
}

/**
 * 'European ministers blamed the attack on Assad' and 'Washington and Paris say Assad's forces were behind it': two
 * accusations (or threats, or demands) made by parties of no common state are two acts, whoever they are aimed at.
 */
export function spokenByOthers(a: EventRecord, b: EventRecord): boolean {
  if (!AIMED_SPEECH.has(a.type)) return false;
  const states = (r: EventRecord) => new Set(r.actors.filter((p) => p.actor?.code).map((p) => p.actor!.code.slice(0, 3)));
  return noCommonState(states(a), states(b));
}

// The state's own forces and those who fight them: 'SYRMIL' and 'SYRREB' share a state but not a side.
const STATE_SIDE = /^[A-Z]{3}(GOV|MIL|COP|UAF|SPY)/;
const ARMED_AGAINST = /^[A-Z]{3}(REB|INS)/;

/**
 * 'The army pounded a supply road overnight' and 'rebels shelled two districts on Wednesday': one state's forces
 * and the rebels against them are opposite sides, so their acts are two events, even of one kind in one city.
 */
export function opposingSides(a: EventRecord, b: EventRecord): boolean {
  const codes = (r: EventRecord) => r.actors.map((p) => p.actor?.code).filter((c): c is string => c !== undefined);
  const x = codes(a);
  const y = codes(b);
  const against = (state: string[], armed: string[]) => state.length > 0 && armed.length > 0 && state.every((c) => STATE_SIDE.test(c))
    && armed.every((c) => ARMED_AGAINST.test(c)) && state.some((c) => armed.some((d) => d.slice(0, 3) === c.slice(0, 3)));
  return against(x, y) || against(y, x);
}

/** The weapon a record names: by its own trigger ('missile attack'), else by its attacker ('fighter jets pounded'). */
function meansOf(r: EventRecord, context: MergeContext): string | undefined {
  if (r.acled && REMOTE_VIOLENCE.has(r.acled) && namesWeapon(r, context)) return r.acled;
  for (const actor of r.actors) {
    const weapon = weaponOf(actor.text);
    if (weapon && REMOTE_VIOLENCE.has(weapon.acled)) return weapon.acled;
  }
  return undefined;
}

/**
 * 'Army missile units struck a convoy' and 'Syrian fighter jets pounded strongholds': acts done with two weapons
 * (an air strike and a shelling), by their words or by the attackers they name, are two attacks, even by one army on one day.
 */
export function differentMeans(a: EventRecord, b: EventRecord, context: MergeContext): boolean {
  // One weapon word in both ('car bomb' and 'car bomb') names one weapon, whatever class the classifier gave each.
  if (a.triggerText.toLowerCase() === b.triggerText.toLowerCase()) return false;
  const [x, y] = [meansOf(a, context), meansOf(b, context)];
  return x !== undefined && y !== undefined && x !== y;
}
