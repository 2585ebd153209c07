import type { EventRecord } from '../../model/event-record.js';

// The tolls of two reports compared: the same figure, a further toll, a period's toll against a day's.

/** The figures of a record, killed and injured (or the killed alone), with their category. */
export function figures(r: EventRecord, which: 'all' | 'killed' = 'all'): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  addFigures(out, 'k', r.fatalities);
  if (which === 'all') addFigures(out, 'i', r.injured);
  return out;
}

// Merging compares every pair of records, several times a pair: a loop, not entries and spreads of each table.
function addFigures(out: { key: string; start: number; end: number }[], outcome: 'k' | 'i', table: EventRecord['fatalities']): void {
  if (!table) return;
  for (const category in table) {
    const list = table[category as keyof typeof table];
    if (list) for (const f of list) out.push({ key: `${outcome}:${category}:${f.low}:${f.high}`, start: f.evidence.start, end: f.evidence.end });
  }
}

/** The figure of a record's that comes first in the text (of two at one offset, the first listed), or undefined. */
export function firstFigure(r: EventRecord): { key: string; start: number; end: number } | undefined {
  let first: { key: string; start: number; end: number } | undefined;
  for (const f of figures(r)) if (!first || f.start < first.start) first = f;
  return first;
}

/**
 * The same toll in both reports ("including three children" in the standfirst and in the body), among all their
 * figures or among the dead alone. A single victim ("a girl") is too common a figure to tell two incidents apart.
 */
export function sameFigure(a: EventRecord, b: EventRecord, which: 'all' | 'killed' = 'all'): boolean {
  // Compared on the low end: "three children" and "at least three children" (a part of an open toll) are one figure.
  // 'Kill 3 Including Journalist' in a headline and 'killed three people' in the lead: a count of civilians and a count
  // of people not told apart are one figure of dead (fighters, children and women stay their own; counts of wounded are
  // too loose for it: 'four civilians' hurt in one quarter and 'four people' in another).
  if (!a.fatalities && (which === 'killed' || !a.injured)) return false;
  if (!b.fatalities && (which === 'killed' || !b.injured)) return false;
  const mine = tellingKeys(a, which);
  if (!mine.length) return false;
  const theirs = tellingKeys(b, which);
  for (const key of theirs) if (mine.includes(key)) return true;
  return false;
}

/** The figures sameFigure compares: outcome, category (civilians as people not told apart among the dead) and low end, a single victim left out. */
function tellingKeys(r: EventRecord, which: 'all' | 'killed'): string[] {
  const out: string[] = [];
  addTelling(out, 'k', r.fatalities);
  if (which === 'all') addTelling(out, 'i', r.injured);
  return out;
}

function addTelling(out: string[], outcome: 'k' | 'i', table: EventRecord['fatalities']): void {
  if (!table) return;
  for (const category in table) {
    const list = table[category as keyof typeof table];
    if (!list) continue;
    const told = outcome === 'k' && category === 'civilian' ? 'unspecified' : category;
    // A vague word's conventional low end ('a number of', 'several': 3) is no count another report can repeat.
    for (const f of list) if (!(f.low === 1 && f.high === 1) && !f.vague) out.push(`${outcome}:${told}:${f.low}`);
  }
}

/**
 * 'A bomb killed three people …' and 'He was killed along with two other people by a blast': the count beside one
 * victim named, with that victim, is the earlier report's toll of dead (two and he make three), in civilians or people not told apart.
 */
export function sameTollBesideOne(a: EventRecord, b: EventRecord, text: string): boolean {
  const own = figures(b, 'killed');
  if (own.length !== 1 || !ALONGSIDE.test(text.slice(Math.max(0, own[0].start - 20), own[0].start))) return false;
  const [, category, low] = own[0].key.split(':');
  if (category !== 'unspecified' && category !== 'civilian') return false;
  return figures(a).some((f) => {
    const [o, c, l] = f.key.split(':');
    return o === 'k' && (c === 'unspecified' || c === 'civilian') && Number(l) === Number(low) + 1;
  });
}

/** Words that put a count beside a victim just named: 'along with two other people', 'together with three others'. */
const ALONGSIDE = /\b(?:along|together)\s+with\s+$/i;

/**
 * A toll said to come on top of one already given ("killed another three people", "two more
 * citizens", "two others") is of another incident than the earlier report; 'three others were (have
 * been) injured' beside the dead is the same attack's wounded.
 */
export function addsToEarlierToll(r: EventRecord, text: string): boolean {
  const first = firstFigure(r);
  if (!first) return false;
  const before = text.slice(Math.max(0, first.start - 20), first.start);
  // 'He was killed along with two other people': the others beside the one victim named, all one toll.
  if (ALONGSIDE.test(before)) return false;
  return /\b(?:another|a\s+further|an\s+additional)\s+$/i.test(before)
    || /^\s+(?:\w+\s+)?(?:more|others?|further|additional)\b/i.test(text.slice(first.end, first.end + 25)) && !/^\s+(?:\w+\s+)?others?\s+(?:were\s+|are\s+|(?:have|has|had)\s+been\s+)?(?:wounded|injured|hurt)/i.test(text.slice(first.end, first.end + 40));
}

/** Words that open a report of another incident: "Also Wednesday, 22 fighters were killed", "Separately, ...", "Elsewhere, ...", "In the meantime, ...", "Across the border, ...", "In another attack, ...". */
const ANOTHER_INCIDENT = /^\W*(?:also|separately|elsewhere|meanwhile|in\s+the\s+meantime|across\s+the\s+(?:border|frontier)|in\s+(?:(?:an)?other|a\s+separate)\s+(?:attack|incident|development|strike|raid))\b/i;

/** Of those, the words that set what follows apart whatever it names: a report of a further act, not of the one told. */
const ANOTHER_ACT_FOLLOWS = /^\W*(?:separately|elsewhere|in\s+the\s+meantime|in\s+(?:(?:an)?other|a\s+separate)\s+(?:attack|incident|development|strike|raid))\b/i;

/** How a sentence ends before the next one opens, a closing quote included: looked up from the end, no regex a pair. */
const SENTENCE_ENDS = ['. ', '? ', '! ', '." ', '.” ', '.’ ', '?" ', '!" '];

/** The sentence holding `at` opens with words that announce another incident (only the strongest, with `strong`). */
function sentenceOpensAnother(at: number, text: string, strong = false): boolean {
  const from = Math.max(0, at - 400);
  // The sentence before may end inside a quote ('… killed right on the spot." In the meantime …'): the last line break
  // or sentence end before `at`, found in one walk back (not one search a way of ending).
  let start = from;
  for (let q = at; q > from; q--) {
    const c = text.charCodeAt(q - 1);
    if (c === 10 || (c === 32 && sentenceEndsAt(text, q - 1, from))) { start = q; break; }
  }
  return (strong ? ANOTHER_ACT_FOLLOWS : ANOTHER_INCIDENT).test(text.slice(start, at));
}

/** True when one of SENTENCE_ENDS ends with the space at `space` and starts at or after `from`. */
function sentenceEndsAt(text: string, space: number, from: number): boolean {
  for (const end of SENTENCE_ENDS) if (space + 1 - end.length >= from && text.startsWith(end, space + 1 - end.length)) return true;
  return false;
}

/**
 * True when the sentence of the record's first toll opens with words that announce another incident,
 * or the sentence of its trigger does: any such words for a report that gives its own day or place ("Across the
 * border, troops repelled an attack on a base on Tuesday"), the strongest for any ("In the meantime, missile units
 * struck a car near the village"): a group named in both is no tie then.
 */
export function opensAnotherIncident(r: EventRecord, text: string): boolean {
  const first = firstFigure(r);
  if (first && sentenceOpensAnother(first.start, text)) return true;
  // 'Also' or 'Across the border' may open a further detail of the act told: only a day or a place of its own sets it apart.
  return sentenceOpensAnother(r.trigger.start, text, !(r.time || r.place));
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

/** A figure that stands for a vague word ('dozens'), not a number the text states. */
const isVague = (f: { vague?: string }) => f.vague !== undefined;

/**
 * A bare count that reaches an open count of one kind of victim is that count told higher ('at least 11 civilians', then
 * '14 people'). A vague word's number reaches only its own figure told as a number ('dozens of civilians', then 'at least
 * 12 people'): 'a number of militants' (3 by convention) reaches no count of 22 people.
 */
export function reachesOpen(f: { low: number }, open: { low: number; vague?: string }): boolean {
  return isVague(open) ? f.low === open.low : f.low >= open.low;
}

/**
 * The figures of two reports of one event, each count kept beside the other; of two equal ones, the stated number. A bare count ('14 people had
 * been killed') joining a record that counts one kind of victim only, with an open figure it reaches
 * ('at least 11 civilians'), is a higher count of the same dead, not a further group: it goes under that kind
 * (not beside a vague word's number: 'a number of militants' reaches no count).
 */
export function mergeFigures<T extends Record<string, { low: number; high: number | null; vague?: string }[] | undefined>>(a: T | undefined, b: T): T {
  const out = { ...(a ?? {}) } as Record<string, { low: number; high: number | null; vague?: string }[]>;
  const kinds = ['civilian', 'fighters'].filter((k) => out[k]?.length);
  const onlyKind = kinds.length === 1 && !out.unspecified?.length ? kinds[0] : undefined;
  const open = onlyKind ? out[onlyKind].filter((f) => f.high === null) : [];
  for (const [told, figures] of Object.entries(b)) {
    for (const f of figures ?? []) {
      const category = told === 'unspecified' && open.some((g) => reachesOpen(f, g)) ? onlyKind! : told;
      const list = (out[category] = [...(out[category] ?? [])]);
      const same = list.findIndex((g) => g.low === f.low && g.high === f.high);
      if (same < 0) list.push(f);
      // 'Dozens of civilians' in the lead and 'at least 12 people' in the body: the number stated stands for both.
      else if (isVague(list[same]) && !isVague(f)) list[same] = f;
    }
  }
  return out as T;
}
