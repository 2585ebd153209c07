/*
 * How one FA-KES article's labels are derived from what sitrep found. Pure functions, reusable by
 * any report that needs "the article's toll".
 *
 * The main deadly event: FA-KES labels one incident an article, told in its headline and lead, so the
 * article's figures come from its LEAD: the first event (text order) that gives a killed figure stated
 * as a number, and the next such event when it lies within two sentences of it (headline and lead restate
 * one toll; later sentences go on to other incidents and war-wide totals). Vague figures ("dozens") count
 * only when no event states a number. An article with none has 0 in every column (FA-KES's "no number").
 *   nb_civilians    = the largest civilian figure of the lead; with none and no fighters figure, its largest
 *                     unspecified figure (FA-KES counts "people killed" in an attack as civilians); with
 *                     neither, children + women (FA-KES sums "10 children and 5 women"); else 0.
 *   nb_children     = the largest children figure, nb_women the largest women figure (subsets, never added).
 *   nb_noncivilians = the largest fighters figure.
 *   The largest, because the headline and lead restate one toll and a later restatement is higher.
 * The same rule read from the casualties layer directly (articleFiguresFromCasualties) takes sentences
 * for events: the development path while no records exist.
 * location = the place of the main deadly event when it is a governorate or finer; when it is only a
 *   country or region ("Syria"), the first governorate-or-finer place of the next deadly events, else the
 *   first such place the article names (articlePlace); compared by placeMatchesLabel.
 * cause_of_death from the main event's ACLED sub-event type, or its mode (causeOfDeath).
 * actor = the class of the main event's first actor (actorClass).
 */
import type { CasualtyCategory, CasualtyMention, Fatalities, Figure } from '../../model/fatalities.js';
import type { EventRecord } from '../../model/event-record.js';
import type { Span } from '../../model/span.js';
import type { PlaceMention, PlaceRef } from '../../model/place.js';

/**
 * The figures FA-KES labels, for one article.
 * Example: { civilians: 19, children: 3, women: 0, noncivilians: 0 }
 */
export interface ArticleFigures {
  civilians: number;
  children: number;
  women: number;
  noncivilians: number;
}

const NONE: ArticleFigures = { civilians: 0, children: 0, women: 0, noncivilians: 0 };

/** The largest best figure of a list, 0 for none; a stated count beats an approximation ("nearly 70"). */
export function largestBest(figures: readonly Figure[] | undefined): number {
  const all = figures ?? [];
  const stated = all.filter((f) => !f.approximate);
  return (stated.length ? stated : all).reduce((max, f) => Math.max(max, f.best), 0);
}

/** An event's figures as FA-KES columns. */
export function figuresOfFatalities(fatalities: Fatalities): ArticleFigures {
  const children = largestBest(fatalities.children);
  const women = largestBest(fatalities.women);
  const noncivilians = largestBest(fatalities.fighters);
  const civilians = largestBest(fatalities.civilian)
    || (noncivilians === 0 ? largestBest(fatalities.unspecified) : 0)
    || children + women;
  return { civilians, children, women, noncivilians };
}

/** Fatalities at a place in the text: a sentence, or the sentence of an event's trigger. */
export interface LeadUnit {
  sentence: number;
  fatalities: Fatalities;
}

/** How far (in sentences) the second unit of the lead may lie from the first. */
const LEAD_SPAN = 2;

/** True when a Fatalities gives a killed figure; `stated` asks for one stated as a number, not a vague word. */
export function hasKilledFigure(fatalities: Fatalities | undefined, stated: boolean): boolean {
  return Object.values(fatalities ?? {}).some((list) => (list ?? []).some((f) => !stated || f.vague === undefined));
}

/** The lead's figures: the first unit with a killed figure, and the next one within LEAD_SPAN sentences. */
export function figuresOfLead(units: readonly LeadUnit[]): ArticleFigures {
  const ordered = [...units].sort((a, b) => a.sentence - b.sentence);
  const stated = ordered.some((u) => hasKilledFigure(u.fatalities, true));
  const deadly = ordered.filter((u) => hasKilledFigure(u.fatalities, stated));
  if (deadly.length === 0) return { ...NONE };
  const lead = deadly.slice(0, 2).filter((u) => u.sentence - deadly[0].sentence <= LEAD_SPAN);
  const merged: Fatalities = {};
  for (const unit of lead) {
    for (const [category, list] of Object.entries(unit.fatalities) as Array<[CasualtyCategory, Figure[]]>) {
      const kept = stated ? list.filter((f) => f.vague === undefined) : list;
      (merged[category] ??= []).push(...kept);
    }
  }
  return figuresOfFatalities(merged);
}

/** The deadly events of the lead, text order: the first event with a killed figure is the main one. */
export function mainDeadlyEvent(events: readonly EventRecord[]): EventRecord | undefined {
  const deadly = events.filter((e) => hasKilledFigure(e.fatalities, false));
  const stated = deadly.filter((e) => hasKilledFigure(e.fatalities, true));
  return (stated.length ? stated : deadly).sort((a, b) => a.trigger.start - b.trigger.start)[0];
}

/** The article's figures from sitrep's event records (the official path). */
export function articleFiguresFromEvents(events: readonly EventRecord[], sentences: readonly Span[]): ArticleFigures {
  return figuresOfLead(events.map((e) => ({ sentence: sentenceOf(e.trigger.start, sentences), fatalities: e.fatalities ?? {} })));
}

/** Index of the sentence that holds an offset (the last that starts at or before it). */
export function sentenceOf(offset: number, sentences: readonly Span[]): number {
  let found = 0;
  for (let i = 0; i < sentences.length && sentences[i].start <= offset; i++) found = i;
  return found;
}

/** The same rule read from the casualties layer, one unit a sentence (killed figures only). */
export function articleFiguresFromCasualties(mentions: readonly CasualtyMention[]): ArticleFigures {
  const bySentence = new Map<number, Fatalities>();
  for (const m of mentions) {
    if (m.outcome !== 'killed') continue;
    const unit = bySentence.get(m.sentence) ?? {};
    (unit[m.category] ??= []).push(m.figure);
    bySentence.set(m.sentence, unit);
  }
  return figuresOfLead([...bySentence.entries()].map(([sentence, fatalities]) => ({ sentence, fatalities })));
}

const FINE = new Set(['locality', 'district', 'province']);

/**
 * The article's place at governorate level or finer, in the given country when one is given (FA-KES
 * labels Syrian governorates only): from the deadly events first, then from the text.
 */
export function articlePlace(events: readonly EventRecord[], places: readonly PlaceMention[], country?: string): PlaceRef | undefined {
  // FA-KES labels a governorate: a place the gazetteer lacks answers only when the text put it in one.
  const fits = (p: PlaceRef | undefined): p is PlaceRef => p !== undefined && FINE.has(p.precision) && (!country || p.country === country)
    && (p.lat !== undefined || p.admin1 !== undefined);
  const deadly = events.filter((e) => hasKilledFigure(e.fatalities, false)).sort((a, b) => a.trigger.start - b.trigger.start);
  const main = mainDeadlyEvent(events);
  const ordered = main ? [main, ...deadly.filter((e) => e !== main)] : deadly;
  if (fits(main?.place?.place)) return main.place.place;
  // A place named in the main event's own clause or sentence, before places of other events.
  const inMain = main ? places.find((m) => !m.metonymic && fits(m.place) && main.evidence.some((e) => m.span.start >= e.start && m.span.end <= e.end)) : undefined;
  if (inMain) return inMain.place;
  const fromEvents = ordered.map((e) => e.place?.place).find(fits);
  if (fromEvents) return fromEvents;
  return places.find((m) => !m.metonymic && fits(m.place))?.place;
}
