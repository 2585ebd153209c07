import type { EventPlace, EventRecord, Participant } from '../../model/event-record.js';
import type { Figure } from '../../model/fatalities.js';

/** "John Kerry (USAGOV)", or the mention itself when unresolved; '*' marks a party named at another event (inferred). */
export function describeParticipant(p: Participant): string {
  return (p.actor ? `${p.actor.name} (${p.actor.code})` : `“${p.text}”`) + (p.inferred ? '*' : '');
}

/** "Aleppo, SY (locality, 36.20, 37.13)  from “the city of Aleppo”"; "Tinkarabou, ML (locality, not in the gazetteer)  from …". */
export function describePlace(p: EventPlace): string {
  const at = p.place.lat !== undefined && p.place.lon !== undefined ? `${p.place.lat.toFixed(2)}, ${p.place.lon.toFixed(2)}` : 'not in the gazetteer';
  return `${p.place.name}${p.place.country ? ', ' + p.place.country : ''} (${p.place.precision}, ${at})  from “${p.text}”`;
}

/** "2016-07-14..2016-07-15", "2016-02-27 (year inferred)", "02-27 (year unknown)". */
export function describeTime(event: EventRecord): string {
  const t = event.time;
  if (!t) return '';
  if (!t.start || !t.end) return `${t.month ? String(t.month).padStart(2, '0') : '??'}-${t.day ? String(t.day).padStart(2, '0') : '??'} (year unknown)`;
  const range = t.start === t.end ? t.start : `${t.start}..${t.end}`;
  return t.inferred.includes('year') && t.precision !== 'ongoing' ? `${range}*` : range;
}

/** "at least 19" / "12-15" / "about 40". */
export function describeFigure(f: Figure): string {
  if (f.high === null) return `≥${f.low}`;
  if (f.high === f.low) return `${f.approximate ? '~' : ''}${f.low}`;
  return `${f.low}-${f.high}`;
}

/** "civilian ≥19 (children ≥3)", all killed figures of an event in one short string. */
export function describeFatalities(event: EventRecord): string {
  const parts: string[] = [];
  for (const [category, figures] of Object.entries(event.fatalities ?? {})) {
    if (figures?.length) parts.push(`${category} ${figures.map(describeFigure).join('/')}`);
  }
  return parts.join(', ');
}

/** "source familiar with the talks ← Izvestia": the chain, innermost first. */
export function describeAttribution(event: EventRecord): string {
  return event.attribution.map((s) => s.name).join(' ← ');
}
