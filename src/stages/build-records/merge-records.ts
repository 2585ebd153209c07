import type { EventRecord } from '../../model/event-record.js';
import { sideCodes } from './party-codes.js';
import { tollAgainstNone } from './told-without-toll.js';
import { anonymousRepeat, anotherSourcesCount, otherSourcesTollOfTheDay, amongTheDead, attackerAnaphor, definiteAnaphor, tollOfAttackTold, definiteBackReference, partOfLead, toldAsAnother, earlierCount, pointsBackToAttack, REPEAT_SCORE } from './repeat-reports.js';
import { namesWeapon, type MergeContext } from './merge-context.js';
import { HAPPENED, ownDaysOverlap, samePlace, sharedParties, sourceIsOtherActor, groundAndAir, groundTakenAndAir, bothDated, conflictingParties, aimedAtOthers, spokenByOthers, opposingSides, differentMeans } from './merge-compatibility.js';
import { sameFigure, sameTollBesideOne, addsToEarlierToll, opensAnotherIncident, tollOfAPeriodAndADay } from './report-figures.js';
import { absorbReport } from './absorb-report.js';
import { passiveTollOfAttack } from './passive-toll.js';
import { isUnresolved } from './unresolved-place.js';
import { packedMap } from '../packed-map.js';

export type { MergeContext } from './merge-context.js';

/**
 * What affinity asks of the later report alone, whatever earlier record it is held against: asked once per report
 * and remembered while that report is compared (it does not change until it is absorbed).
 */
interface Incoming { toldAs?: boolean; adds?: boolean; opens?: boolean }

/** How strongly two records look like two reports of one event; 0 when they cannot be. */
function affinity(a: EventRecord, b: EventRecord, context: MergeContext, incoming: Incoming = {}): number {
  if (a.type !== b.type || HAPPENED.has(a.factuality) !== HAPPENED.has(b.factuality)) return 0;
  const toll = context.text !== undefined && tollOfAttackTold(a, b, context.text, context.sentenceOf);
  const anaphor = context.text !== undefined && (definiteAnaphor(a, b, context.text, context.sentenceOf) || toll || (attackerAnaphor(a, b, context.text, context.sentenceOf) && !context.inHeadline?.(a)))
    && !(incoming.toldAs ??= toldAsAnother(b, context.text));
  // 'The strikes killed six people' names no place: the paragraph's, or one from a sentence before, is not its own.
  if ((!anaphor && !ownDaysOverlap(a, b, context.text)) || (!samePlace(a, b, context) && !(toll && (!b.place || placeFromBefore(b))))) return 0;
  // An ambush or a clash its own word names and an air strike are two events, even in one fight:
  // ACLED codes the strikes that support or answer a battle apart from the battle.
  if (groundAndAir(a, b, context) || groundAndAir(b, a, context)) return 0;
  // An air strike and a shelling are two events, even on one day in one place (ACLED codes them apart): told by their
  // own weapon words or by the attackers they name ('missile units', 'fighter jets').
  if (a.type === 'ASSAULT' && differentMeans(a, b, context)) return 0;
  if (groundTakenAndAir(a, b, context) || groundTakenAndAir(b, a, context)) return 0;
  if (context.text && (b.fatalities || b.injured) && (incoming.adds ??= addsToEarlierToll(b, context.text))) return 0;
  if (tollOfAPeriodAndADay(a, b)) return 0;
  if (context.text && (incoming.opens ??= opensAnotherIncident(b, context.text))) return 0;
  if (sourceIsOtherActor(a, b) || (context.text && tollAgainstNone(a, b, context.text))) return 0;
  if (aimedAtOthers(a, b) || spokenByOthers(a, b) || opposingSides(a, b)) return 0;
  // The same party (USAGOV and USAGOV) counts most; the same state at another level (Russia and the Russian government) less.
  const { shared: sharedCodes, swapped } = sharedParties(a, b);
  if (swapped) return 0;
  const shared = sharedCodes.length;
  const mineStates = new Set([...sideCodes(a.actors), ...sideCodes(a.recipients)].map((c) => c.slice(0, 3)));
  const theirs = [...sideCodes(b.actors), ...sideCodes(b.recipients)];
  const sharedStates = new Set(packedMap(theirs, (c) => c.slice(0, 3)).filter((c) => mineStates.has(c))).size;
  // Both dated to one day, one place, the same toll: one event, even when neither names a party.
  // Places of their own, not the paragraph's: a toll repeated in another paragraph's place proves little.
  // A name the gazetteer lacks ('al- Mogambo') may lie anywhere: a count of injured alone repeated there proves little.
  const sameDead = sameFigure(a, b, 'killed');
  const located = Boolean(a.place && b.place && (sameDead || (!isUnresolved(a.place.place) && !isUnresolved(b.place.place))));
  const toldFigure = sameFigure(a, b) || (context.text !== undefined && sameTollBesideOne(a, b, context.text));
  const figure = (a.fatalities || a.injured) && (b.fatalities || b.injured) && toldFigure && !conflictingParties(a, b) && (bothDated(a, b) || located) ? 1 : 0;
  // A later report that gives no day of its own takes the story's day: 'killing at least 18 civilians' after the lead's
  // 'killed at least 18 civilians on Tuesday' is the lead's strike told again. It scores as a retelling, so the act
  // a report points back to ('The attacks claimed the lives of two') still wins over an earlier count of the same dead.
  const undatedRetelling = figure === 0 && a.time?.precision === 'day' && !b.time && sameDead && !conflictingParties(a, b);
  const repeat = shared === 0 && sharedStates === 0 && figure === 0 && (undatedRetelling || ((context.text !== undefined && (pointsBackToAttack(a, b, context.text) || passiveTollOfAttack(a, b, context.text))) || (!(context.text && (incoming.toldAs ??= toldAsAnother(b, context.text)))
    && (anaphor || anonymousRepeat(a, b, context.sentenceOf) || partOfLead(a, b, context.sentenceOf) || (context.text !== undefined && (definiteBackReference(a, b, context.text)
      || anotherSourcesCount(a, b, context.text, !namesWeapon(b, context)) || (otherSourcesTollOfTheDay(a, b, context.placeFor) && !(incoming.adds ??= addsToEarlierToll(b, context.text))) || amongTheDead(b, context.text) || earlierCount(a, b, context.text)))))));
  if (shared === 0 && sharedStates === 0 && figure === 0 && !repeat) return 0;
  // A headline's states are read off a string of nouns ('as Sudan truce collapses'): a state alone
  // is too thin to give it a body report; a party, a figure or mergeHeadline's test must.
  if (shared === 0 && figure === 0 && !repeat && context.inHeadline?.(a)) return 0;
  // A report that names nothing of its own ('the strikes hit residential areas') tells again the
  // latest such event, not the one with most words in common: it scores the least, and ties go late.
  if (repeat) return REPEAT_SCORE;
  const wa = context.clauseWords(a);
  let sharedWords = 0;
  for (const w of context.clauseWords(b)) if (wa.has(w)) sharedWords++;
  return shared * 10 + sharedStates * 4 + figure * 10 + sharedWords;
}

/** True when the record's place was named before its own words (in an earlier sentence), not by them. */
function placeFromBefore(r: EventRecord): boolean {
  return r.place !== undefined && r.evidence.every((e) => r.place!.evidence.end <= e.start);
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
    const incoming: Incoming = {};
    for (const earlier of out) {
      const score = affinity(earlier, record, context, incoming);
      if (score > bestScore || (score === REPEAT_SCORE && bestScore === REPEAT_SCORE)) { best = earlier; bestScore = score; }
    }
    if (!best) { out.push(record); continue; }
    absorbReport(best, record, context);
  }
  return out;
}
