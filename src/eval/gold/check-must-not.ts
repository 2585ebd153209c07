import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Figure } from '../../model/fatalities.js';
import { spansOverlap } from '../../model/span.js';
import type { Forbid, GoldFile } from './gold-types.js';
import type { DocumentMatching } from './match-events.js';
import { findSpans } from './find-spans.js';

/** One violated "must not": which item, and which sitrep events broke it. */
export interface Violation {
  text: string;
  events: string[];
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
const lower = (s: string) => s.toLowerCase();

/**
 * Checks every machine-checkable `must_not` item of a gold file against sitrep's events
 * (SCHEMA.md, `forbid`): every key given must hold; lists mean any of. One violation per
 * pair of item and matching event; a `count_above` item counts once.
 */
export function checkMustNot(text: string, gold: GoldFile, system: readonly EventRecord[], matching: DocumentMatching): Violation[] {
  const violations: Violation[] = [];
  for (const item of gold.must_not ?? []) {
    if (typeof item === 'string' || !item.forbid) continue;
    const hits = system.filter((event, index) => forbidHolds(item.forbid, event, index, text, matching));
    if (item.forbid.count_above !== undefined) {
      if (hits.length > item.forbid.count_above) violations.push({ text: item.text, events: hits.map((e) => e.id) });
    } else {
      for (const hit of hits) violations.push({ text: item.text, events: [hit.id] });
    }
  }
  return violations;
}

function forbidHolds(f: Forbid, event: EventRecord, index: number, text: string, matching: DocumentMatching): boolean {
  const goldEvents = list(f.gold_event);
  if (goldEvents && !matching.matches.some((m) => m.system === index && goldEvents.includes(m.gold.id))) return false;
  const overlaps = list(f.evidence_overlaps);
  if (overlaps && !overlaps.some((s) => findSpans(text, s).some((span) => event.evidence.some((e) => spansOverlap(e, span))))) return false;
  if (f.type !== undefined && !list(f.type)!.includes(event.type)) return false;
  if (f.mode !== undefined && !list(f.mode)!.includes(event.mode ?? '')) return false;
  if (f.acled !== undefined && !list(f.acled)!.includes(event.acled ?? '')) return false;
  if (f.factuality !== undefined && !list(f.factuality)!.includes(event.factuality)) return false;
  if (f.actor_code_prefix !== undefined && !hasCodePrefix(event.actors, list(f.actor_code_prefix)!)) return false;
  if (f.recipient_code_prefix !== undefined && !hasCodePrefix(event.recipients, list(f.recipient_code_prefix)!)) return false;
  if (f.actor_text !== undefined && !hasText(event.actors, list(f.actor_text)!)) return false;
  if (f.recipient_text !== undefined && !hasText(event.recipients, list(f.recipient_text)!)) return false;
  if (f.any_actor === true && event.actors.length === 0) return false;
  const placeName = list(f.place_name);
  if (placeName && !(event.place && placeName.some((n) => lower(event.place!.place.name).includes(lower(n))))) return false;
  const placeText = list(f.place_from_text);
  if (placeText && !(event.place && placeText.some((n) => lower(event.place!.text).includes(lower(n))))) return false;
  if (f.time_outside && !(event.time?.start && event.time.end && (event.time.start < f.time_outside[0] || event.time.end > f.time_outside[1]))) return false;
  if (f.time_overlaps && !(event.time?.start && event.time.end && event.time.start <= f.time_overlaps[1] && event.time.end >= f.time_overlaps[0])) return false;
  if (f.has_fatalities !== undefined && !givesFigures(event, f.has_fatalities)) return false;
  if (f.fatalities_above && !Object.entries(f.fatalities_above).some(([category, n]) => figureAbove(event, category, n))) return false;
  return true;
}

function hasCodePrefix(participants: readonly Participant[], prefixes: string[]): boolean {
  return participants.some((p) => p.actor?.code && prefixes.some((prefix) => p.actor!.code.startsWith(prefix)));
}

function hasText(participants: readonly Participant[], needles: string[]): boolean {
  return participants.some((p) => needles.some((n) => lower(p.text).includes(lower(n)) || lower(p.actor?.name ?? '').includes(lower(n))));
}

function givesFigures(event: EventRecord, which: boolean | string[]): boolean {
  const categories = Object.entries(event.fatalities ?? {}).filter(([, figures]) => (figures?.length ?? 0) > 0).map(([c]) => c);
  return which === true ? categories.length > 0 : which === false ? categories.length === 0 : categories.some((c) => which.includes(c));
}

/** The low figure (or, with none, the high one) of a category; 'total' adds civilian, fighters and unspecified. */
function figureAbove(event: EventRecord, category: string, n: number): boolean {
  const value = (figures: Figure[] | undefined) => Math.max(0, ...(figures ?? []).map((f) => f.low ?? f.high ?? 0));
  const f = event.fatalities ?? {};
  const amount = category === 'total' ? value(f.civilian) + value(f.fighters) + value(f.unspecified) : value(f[category as keyof typeof f]);
  return amount > n;
}
