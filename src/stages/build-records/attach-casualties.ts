import type { CasualtyMention, Fatalities } from '../../model/fatalities.js';
import type { EventMention } from '../../model/event-mention.js';
import { isWarWideToll } from './war-wide-toll.js';

/** Event types that can kill or wound. */
const HARMFUL = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/**
 * Gives each casualty figure to one event: the nearest harmful event in its sentence; else the
 * last harmful event of the two sentences before (a toll often follows its attack: "The strike
 * hit a market. At least 16 people were killed."). Figures with no such event stay unattached:
 * a number is never given to an event it was not said of, nor a war's toll to one of its incidents.
 */
export function attachCasualties(casualties: readonly CasualtyMention[], mentions: readonly EventMention[], text: string): Map<number, CasualtyMention[]> {
  const byEvent = new Map<number, CasualtyMention[]>();
  for (const casualty of casualties) {
    if (isWarWideToll(casualty, text)) continue;
    const candidates = mentions
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => HARMFUL.has(m.type) && m.contentOf === undefined);
    const same = candidates.filter(({ m }) => m.sentence === casualty.sentence);
    const chosen = same.length
      ? same.sort((a, b) => Math.abs(a.m.trigger.start - casualty.trigger.start) - Math.abs(b.m.trigger.start - casualty.trigger.start))[0]
      : candidates.filter(({ m }) => m.sentence < casualty.sentence && casualty.sentence - m.sentence <= 2).pop();
    if (!chosen) continue;
    byEvent.set(chosen.index, [...(byEvent.get(chosen.index) ?? []), casualty]);
  }
  return byEvent;
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
