import type { CasualtyMention, Fatalities } from '../../model/fatalities.js';
import type { EventMention } from '../../model/event-mention.js';
import type { Attribution } from '../../model/source.js';
import type { FactualityJudgement } from '../../model/layers.js';
import type { Factuality } from '../../model/factuality.js';
import { DISASTER_CLASSES } from '../../model/event-types.js';
import { coveringAttribution } from './covering-attribution.js';
import { isWarWideToll } from './war-wide-toll.js';
import { tollOfActAfter } from './act-told-after.js';
import { reachesOpen } from './report-figures.js';
import { packedMap } from '../packed-map.js';

/** Factualities of acts that can have a toll: done, said to be done, or denied (the toll is then the denied act's). */
const COUNTABLE = new Set<Factuality>(['asserted', 'reported', 'denied']);

/** How far back (in sentences) a part of a toll ("Four children were among the dead") may look for the toll it is part of. */
const PART_REACH = 5;
// 'were among the dead', 'among those killed', 'Among the dead were': the figure is a part of a toll already told.
const AMONG = /\bamong\s+(?:the|those)\s*$/i;

/** Event types that can kill or wound. */
const HARMFUL = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
// A flood or a factory fire has its toll too ('A landslide killed 14 villagers').

/**
 * Gives each casualty figure to one event: the nearest harmful event in its sentence; else the
 * last harmful event of the two sentences before (a toll often follows its attack: "The strike
 * hit a market. At least 16 people were killed."). Figures with no such event stay unattached:
 * a number is never given to an event it was not said of, nor a war's toll to one of its incidents.
 * A later toll that another source gives ("Opposition websites said the toll rose to 85" after the
 * Observatory's account) is that source's claim, not a figure of the earlier account; a toll that
 * only names its source after an unattributed report ("The Observatory said 12 died") is the report's.
 */

export function attachCasualties(casualties: readonly CasualtyMention[], mentions: readonly EventMention[], text: string, attributions: readonly Attribution[] = [], factuality: readonly FactualityJudgement[] = []): Map<number, CasualtyMention[]> {
  // A toll is of something that happened (or is said to have): never of a strike only considered, asked for or planned.
  const unreal = new Set(factuality.filter((f) => !COUNTABLE.has(f.factuality)).map((f) => f.event));
  // What another act is about has no toll, unless that act reports it done ('condemned the massacre in which 35 died').
  const reportedContent = new Set(factuality.filter((f) => f.factuality === 'reported').map((f) => f.event));
  const sourceOf = (span: { start: number; end: number }) => coveringAttribution(attributions, span)?.chain.map((s) => s.name.toLowerCase()).join(' < ');
  // The events a toll may belong to do not depend on the toll: listed once, not once a figure.
  const candidates = packedMap(mentions, (m, index) => ({ m, index }))
    .filter(({ m, index }) => (HARMFUL.has(m.type) || DISASTER_CLASSES.has(m.otherClass ?? '')) && (m.contentOf === undefined || reportedContent.has(index)) && !unreal.has(index));
  const byEvent = new Map<number, CasualtyMention[]>();
  // Which outcomes each sentence counts ('3:killed'), once per document.
  const toldIn = new Set(casualties.map((c) => `${c.sentence}:${c.outcome}`));
  for (const casualty of casualties) {
    if (isWarWideToll(casualty, text)) continue;
    const inSentence = candidates.filter(({ m }) => m.sentence === casualty.sentence);
    const same = inSentence.filter(({ m }) => !tollOfActAfter(m.trigger, casualty.trigger, text));
    // The dead of an act an 'after' clause tells are that act's, not an earlier sentence's event's.
    if (same.length < inSentence.length && !same.length) continue;
    const chosen = same.length
      ? same.sort((a, b) => Math.abs(a.m.trigger.start - casualty.trigger.start) - Math.abs(b.m.trigger.start - casualty.trigger.start))[0]
      : candidates.filter(({ m }) => m.sentence < casualty.sentence && casualty.sentence - m.sentence <= 2).pop();
    if (chosen && !same.length) {
      const own = sourceOf(casualty.trigger);
      const theirs = sourceOf(chosen.m.trigger);
      // 'Dozens were treated after shells hit a school, medics said. A teacher died, the health office said.': another
      // source's count of an outcome the event has none of yet adds to it; a second count of its dead is that source's claim.
      const counted = (byEvent.get(chosen.index) ?? []).some((c) => c.outcome === casualty.outcome) || toldIn.has(`${chosen.m.sentence}:${casualty.outcome}`);
      // Children and women are a part of the dead, never a rival count of them ('Five of the dead were children, it said').
      const part = casualty.category === 'children' || casualty.category === 'women' || isPartOfToll(casualty, text);
      if (own !== undefined && theirs !== undefined && own !== theirs && counted && !part) continue;
    }
    const holder = chosen ?? (isPartOfToll(casualty, text) ? lastWithToll(candidates, byEvent, casualty) : undefined);
    if (!holder) continue;
    byEvent.set(holder.index, [...(byEvent.get(holder.index) ?? []), casualty]);
  }
  return byEvent;
}

// 'Four children were among the dead' says who was in a toll already told: the words before its trigger say so.
function isPartOfToll(casualty: CasualtyMention, text: string): boolean {
  if (casualty.outcome !== 'killed') return false;
  const { figure, trigger } = casualty;
  const before = trigger.start > figure.evidence.end ? text.slice(figure.evidence.end, trigger.start) : text.slice(Math.max(0, trigger.start - 20), trigger.start);
  return AMONG.test(before);
}

// The last event before the part, within PART_REACH sentences, that already holds a killed toll.
function lastWithToll<T extends { m: EventMention; index: number }>(candidates: readonly T[], byEvent: Map<number, CasualtyMention[]>, part: CasualtyMention): T | undefined {
  return candidates.filter(({ m, index }) => m.sentence < part.sentence && part.sentence - m.sentence <= PART_REACH
    && (byEvent.get(index) ?? []).some((c) => c.outcome === 'killed')).pop();
}

/** Splits attached figures into killed and injured, per category; conflicting figures are all kept. */
export function toFatalities(casualties: readonly CasualtyMention[] | undefined): { fatalities?: Fatalities; injured?: Fatalities } {
  if (!casualties?.length) return {};
  const fatalities: Fatalities = {};
  const injured: Fatalities = {};
  for (const c of casualties) {
    const target = c.outcome === 'killed' ? fatalities : injured;
    const list = (target[c.category] ??= []);
    if (!list.some((f) => f.low === c.figure.low && f.high === c.figure.high)) list.push(c.figure);
  }
  return {
    fatalities: Object.keys(fatalities).length ? fatalities : undefined,
    injured: Object.keys(injured).length ? injured : undefined,
  };
}

/**
 * An unspecified count equal to a civilian or fighter count of the same record is that count told
 * again without its noun ("killed dozens of worshippers" … "dozens of our countrymen were killed"):
 * it is dropped, so the record does not read as two groups of victims. An exact unspecified count that
 * reaches the open count of the record's one kind of victim is moved under that kind for the same reason.
 */
export function withoutRepeatedUnspecified(table: Fatalities | undefined): Fatalities | undefined {
  if (!table?.unspecified?.length) return table;
  const named = [...(table.civilian ?? []), ...(table.fighters ?? [])];
  // 'at least 11 civilians' and another count's '14 people had been killed': the same dead, counted higher.
  const kinds = (['civilian', 'fighters'] as const).filter((k) => table[k]?.length);
  const open = kinds.length === 1 ? table[kinds[0]]!.filter((g) => g.high === null) : [];
  const reaches = (f: { low: number; high: number | null }) => f.high !== null && open.some((g) => reachesOpen(f, g));
  const unspecified = table.unspecified.filter((f) => !named.some((g) => g.low === f.low && g.high === f.high) && !reaches(f));
  if (unspecified.length === table.unspecified.length) return table;
  const out: Fatalities = { ...table };
  const moved = table.unspecified.filter(reaches);
  if (moved.length) out[kinds[0]] = [...table[kinds[0]]!, ...moved.filter((f) => !table[kinds[0]]!.some((g) => g.low === f.low && g.high === f.high))];
  if (unspecified.length) out.unspecified = unspecified;
  else delete out.unspecified;
  return Object.keys(out).length ? out : undefined;
}
