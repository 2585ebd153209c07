import { readTsv } from '../../data-files/read-tsv.js';
import { dataPath } from '../../data-files/data-path.js';

/** The kinds of word data/lexicons/time-words.tsv lists. */
export type TimeWordKind = 'number' | 'unit' | 'ref' | 'set' | 'part-of-day' | 'season' | 'month' | 'weekday' | 'ordinal' | 'numbered-noun' | 'holiday' | 'lasting';

/**
 * The time lexicon, one lowercase map a kind, plus a regex alternation of each kind's words
 * (longest first, so 'a couple of' wins over 'a').
 * Example: words.month.get('sept') === '9'; words.alternation.month === 'september|february|…'.
 */
export interface TimeWords {
  byKind: Record<TimeWordKind, Map<string, string>>;
  alternation: Record<TimeWordKind, string>;
}

const KINDS: TimeWordKind[] = ['number', 'unit', 'ref', 'set', 'part-of-day', 'season', 'month', 'weekday', 'ordinal', 'numbered-noun', 'holiday', 'lasting'];
let cached: TimeWords | undefined;

/** Loads the lexicon on first use; an unknown kind is a data error that names its line. */
export function timeWords(): TimeWords {
  if (cached) return cached;
  const byKind = Object.fromEntries(KINDS.map((k) => [k, new Map<string, string>()])) as TimeWords['byKind'];
  for (const row of readTsv(dataPath('lexicons', 'time-words.tsv'))) {
    const map = byKind[row.kind as TimeWordKind];
    if (!map) throw new Error(`data/lexicons/time-words.tsv line ${row.line}: unknown kind "${row.kind}"; use one of ${KINDS.join(', ')}.`);
    map.set(row.word.toLowerCase(), row.value);
  }
  const alternation = Object.fromEntries(
    KINDS.map((k) => [k, [...byKind[k].keys()].sort((a, b) => b.length - a.length).map(escape).join('|').replace(/ /g, '\\s+')]),
  ) as TimeWords['alternation'];
  cached = { byKind, alternation };
  return cached;
}

/**
 * True for a month or weekday name of the lexicon, full or short, in lower case: a word that opens a date, not a name.
 * Example: isCalendarWord('sept') === true; isCalendarWord('damascus') === false.
 */
export function isCalendarWord(word: string): boolean {
  const { byKind } = timeWords();
  return byKind.month.has(word) || byKind.weekday.has(word);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value of a number word or numeral ('three' → 3, '12' → 12, 'twenty four' → 24, 'several' → 'X'). */
export function numberValue(text: string): number | 'X' | undefined {
  const clean = text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(clean.replace(/,/g, ''))) return Number(clean.replace(/,/g, ''));
  const numbers = timeWords().byKind.number;
  const whole = numbers.get(clean);
  if (whole === 'X') return 'X';
  if (whole) return Number(whole);
  let total = 0;
  for (const part of clean.split(' ')) {
    const value = numbers.get(part);
    if (!value || value === 'X') return undefined;
    total = part === 'hundred' ? Math.max(total, 1) * 100 : total + Number(value);
  }
  return total;
}

/** The last word of each entry of a kind, lowercase: what the scanner looks for ('at the moment' → 'moment'). */
export function triggerWords(kind: TimeWordKind): string[] {
  return [...new Set([...timeWords().byKind[kind].keys()].map((entry) => entry.split(' ').pop()!))];
}
