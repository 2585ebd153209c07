import type { SeededRandom } from './seeded-random.js';
import type { CorpusWordLists } from './word-lists.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Wire copy abbreviates months ("Oct 4", "Sept. 6"); the rewrite keeps the style it finds.
const MONTH_SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

/**
 * How one generated article departs from its source: the new publication date, and the
 * month, weekday and year shifts that keep the text's own dates consistent with it.
 * Example: { published: '2021-05-09', monthShift: 7, dayShift: 4, yearShift: 5 }
 */
export interface DateShift {
  published: string;
  monthShift: number;
  dayShift: number;
  yearShift: number;
}

/** A new publication date between 2012 and 2025, and the shifts from the source's date to it. */
export function drawDateShift(sourcePublished: string, rng: SeededRandom): DateShift {
  const from = Date.parse(sourcePublished + 'T00:00:00Z');
  const to = Date.UTC(2012, 0, 1) + rng.int(0, 14 * 365) * DAY_MS;
  const a = new Date(from);
  const b = new Date(to);
  return {
    published: b.toISOString().slice(0, 10),
    monthShift: (b.getUTCMonth() - a.getUTCMonth() + 12) % 12,
    dayShift: (((b.getUTCDay() - a.getUTCDay()) % 7) + 7) % 7,
    yearShift: b.getUTCFullYear() - a.getUTCFullYear(),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of every entry, longest first so "Maarat al-Numan" wins over shorter names inside it. */
function namePattern(names: readonly string[]): RegExp {
  const sorted = [...names].sort((x, y) => y.length - x.length).map(escapeRegExp);
  return new RegExp(`\\b(?:${sorted.join('|')})\\b`, 'g');
}

const patternCache = new WeakMap<readonly string[], RegExp>();

function swapNames(text: string, names: readonly string[], rng: SeededRandom, chosen: Map<string, string>): string {
  let pattern = patternCache.get(names);
  if (!pattern) patternCache.set(names, (pattern = namePattern(names)));
  return text.replace(pattern, (name) => {
    let swap = chosen.get(name);
    if (swap === undefined) {
      // A name is kept now and then, so the corpus still has repeated real pairings.
      do swap = rng.chance(0.1) ? name : rng.pick(names);
      while (swap !== name && [...chosen.values()].includes(swap) && chosen.size < names.length - 1);
      chosen.set(name, swap);
    }
    return swap;
  });
}

/** "Kerry" alone, after "John Kerry" became "Martin Kobler", becomes "Kobler". */
function swapSurnames(text: string, chosen: ReadonlyMap<string, string>): string {
  const surnames = new Map<string, string>();
  for (const [name, swap] of chosen) {
    const from = name.split(' ').pop()!;
    if (name.includes(' ') && from !== name) surnames.set(from, swap.split(' ').pop()!);
  }
  if (surnames.size === 0) return text;
  return text.replace(namePattern([...surnames.keys()]), (m) => surnames.get(m) ?? m);
}

function shiftMonths(text: string, shift: number): string {
  if (shift === 0) return text;
  const all = [...new Set([...MONTHS, ...MONTH_SHORT])].sort((x, y) => y.length - x.length);
  return text.replace(new RegExp(`\\b(${all.join('|')})\\b`, 'g'), (m) => {
    const full = MONTHS.indexOf(m);
    if (full >= 0) return MONTHS[(full + shift) % 12];
    return MONTH_SHORT[(MONTH_SHORT.indexOf(m) + shift) % 12];
  });
}

function shiftWeekdays(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'), (m) => WEEKDAYS[(WEEKDAYS.indexOf(m) + shift) % 7]);
}

const MONTH_BEFORE = new RegExp(`\\b(?:${[...MONTHS, ...MONTH_SHORT].join('|')})\\.?\\s$`);

/** Redraws counts, days of the month and years, keeping each number's kind and rough size. */
function redrawNumbers(text: string, yearShift: number, rng: SeededRandom): string {
  return text.replace(/(?<![\d:.,-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d:]|,\d|-(?:mm|year|hour))/g, (m, _g, offset: number) => {
    const value = Number(m.replace(/,/g, ''));
    if (m.length === 4 && value >= 1950 && value <= 2049) return String(value + yearShift);
    if (MONTH_BEFORE.test(text.slice(Math.max(0, offset - 12), offset))) return String(rng.int(1, 28));
    if (m.length === 4 && m.startsWith('0')) return m; // "0600 GMT"
    if (value === 0) return m;
    const drawn = rng.int(Math.max(1, Math.floor(value / 2)), Math.max(3, value * 2));
    return m.includes(',') ? drawn.toLocaleString('en-US') : String(drawn);
  });
}

/**
 * Rewrites one article's text: swaps place, person, organisation and outlet names for others
 * from the word lists (the same name always becomes the same swap within one article), moves
 * months, weekdays and years by the date shift, and redraws numbers.
 * Example: rewriteText('BEIRUT, Oct 4 (Reuters) - Air strikes hit Idlib on Tuesday', …)
 *   → 'BEIRUT, May 17 (Reuters) - Air strikes hit Hajjah on Saturday'
 */
export function rewriteText(text: string, shift: DateShift, lists: CorpusWordLists, rng: SeededRandom): string {
  const chosen = new Map<string, string>();
  let out = text;
  out = swapNames(out, lists.organisations, rng, chosen);
  out = swapNames(out, lists.people, rng, chosen);
  out = swapSurnames(out, chosen);
  out = swapNames(out, lists.states, rng, chosen);
  out = swapNames(out, lists.places, rng, chosen);
  out = shiftMonths(out, shift.monthShift);
  out = shiftWeekdays(out, shift.dayShift);
  return redrawNumbers(out, shift.yearShift, rng);
}
