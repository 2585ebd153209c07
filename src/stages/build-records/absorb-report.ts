import type { EventRecord, Participant } from '../../model/event-record.js';
import { codes } from './party-codes.js';
import { adoptedWeapon, namesWeapon, type MergeContext } from './merge-context.js';
import { mergeFigures, sameTollBesideOne } from './report-figures.js';
import { isPageDate } from './page-date.js';
import { dayOfPageWeek } from './merge-compatibility.js';
import { namesTheOutskirts } from './outskirts-place.js';

/**
 * `inner` lies inside the vague span `outer` and spans fewer days ('Sunday' inside 'last weekend');
 * a range the text states ('July 14-15') is meant whole and is never narrowed.
 */
export function narrowerInside(inner: EventRecord['time'], outer: EventRecord['time']): boolean {
  if (!inner?.start || !inner.end || !outer?.start || !outer.end || inner.precision === 'ongoing' || outer.precision === 'range') return false;
  return inner.start >= outer.start && inner.end <= outer.end && (inner.start !== outer.start || inner.end !== outer.end);
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

/** A new side made of the other report's participants, skipping parties the record already holds. */
function sideFrom(from: readonly Participant[], taken: Set<string>): Participant[] {
  const side: Participant[] = [];
  addParticipants(side, from, taken);
  return side;
}

/** `side` names no known party while `other` names one that the record does not already hold on its other side. */
function onlyUnknown(side: readonly Participant[], other: readonly Participant[], taken: ReadonlySet<string>): boolean {
  return side.length > 0 && side.every((p) => !p.actor?.code) && other.some((p) => p.actor?.code && !taken.has(p.actor.code));
}

/** Folds the report `from` into `into`: its evidence, and whatever `into` lacks (sides, time, place, source, figures). */
export function absorbReport(into: EventRecord, from: EventRecord, context?: MergeContext): void {
  into.evidence.push(...from.evidence);
  // The weapon a report's own trigger names ('suicide bombing') beats the classifier's guess for a bare 'killed'.
  if (!namesWeapon(into, context) && namesWeapon(from, context) && from.acled) {
    into.mode = from.mode;
    into.cameo = from.cameo;
    into.acled = from.acled;
    adoptedWeapon.add(into);
  }
  // A side the first report names stays as it named it; an empty side is filled from the other report.
  // A side named only by words the dictionary does not know ('Terrorists', 'the gunmen') gives way to the party the
  // other report names on that side ('Nusra Front terrorists'): the same side, told more exactly.
  const taken = codes(into);
  if (into.actors.length === 0 || onlyUnknown(into.actors, from.actors, taken)) into.actors = sideFrom(from.actors, taken);
  if (into.recipients.length === 0 || onlyUnknown(into.recipients, from.recipients, taken)) into.recipients = sideFrom(from.recipients, taken);
  // A day that only dates the page gives way to the day the other report gives the act.
  if (into.time && context?.text !== undefined && isPageDate(into.time.evidence, context.text) && dayOfPageWeek(from.time, into.time) && !isPageDate(from.time!.evidence, context.text)) into.time = from.time;
  into.time ??= from.time;
  if (into.time && from.time?.start && into.time.start && into.time.precision === 'ongoing' && from.time.precision !== 'ongoing') into.time = from.time;
  // 'last weekend' in the lead and 'on Sunday morning' in the body: the finer date inside the wider one is the event's.
  else if (narrowerInside(from.time, into.time)) into.time = from.time;
  // The further places go with the place they were named with.
  // 'in northern Iraq' in the lead, 'in the town of Tuz Khurmatu' in the body: a town inside the country places the event finer.
  const finer = into.place?.place.precision === 'country' && from.place && from.place.place.precision !== 'country'
    && from.place.place.country !== undefined && from.place.place.country === into.place.place.country;
  // 'a Damascus suburb' in the lead, 'the Eastern Ghouta region' in the body: the area the town only locates.
  const outskirts = into.place !== undefined && from.place !== undefined && context?.text !== undefined && namesTheOutskirts(into.place, from.place, context.text);
  if ((!into.place || finer || outskirts) && from.place) {
    into.place = from.place;
    into.otherPlaces = from.otherPlaces;
    into.parts = from.parts;
  }
  if (into.attribution.length === 0 && from.attribution.length > 0) {
    into.attribution = from.attribution;
    if (into.factuality === 'asserted' && from.factuality === 'reported') into.factuality = 'reported';
  }
  into.mode ??= from.mode;
  into.cameo ??= from.cameo;
  into.acled ??= from.acled;
  // 'He was killed along with two other people': the two are part of the toll the record holds, not more dead.
  if (from.fatalities && !(context?.text !== undefined && sameTollBesideOne(into, from, context.text))) into.fatalities = mergeFigures(into.fatalities, from.fatalities);
  if (from.injured) into.injured = mergeFigures(into.injured, from.injured);
  into.confidence = Math.max(into.confidence, from.confidence);
}
