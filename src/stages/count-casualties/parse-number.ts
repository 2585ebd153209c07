import type { Word } from './scan-words.js';

/**
 * A number read from words, and the index one past its last word.
 * Example (words of 'twenty-five civilians', at 0): { value: 25, end: 3 }
 */
export interface ParsedNumber {
  value: number;
  end: number;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'dozen']);

/** True when the word can start a number written in letters. */
export function isNumberWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower);
}

/**
 * Reads a numeral ("16", "400,000", "1.5 million") at `i`. Ordinals ("3rd") and bare decimals
 * ("2.5") are not counts of people and give undefined.
 */
export function parseNumeral(words: Word[], i: number): ParsedNumber | undefined {
  const word = words[i];
  if (!word || !/^\d+(?:[.,]\d+)*$/.test(word.text)) return undefined;
  // "1,500" is a thousands separator; "1.5" is a decimal (English text).
  const groups = word.text.split(',');
  const grouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (groups.length > 1 && !grouped) return undefined;
  const value = Number(word.text.replace(/,/g, ''));
  const scale = scaleOf(words[i + 1]?.lower);
  if (scale && scale >= 1000) return { value: Math.round(value * scale), end: i + 2 };
  if (!Number.isInteger(value)) return undefined;
  return { value, end: i + 1 };
}

/**
 * Reads a number written in letters at `i`: "three", "twenty-five", "two hundred and fifty",
 * "a dozen", "a hundred". Gives undefined when no number word starts there.
 */
export function parseNumberWords(words: Word[], i: number): ParsedNumber | undefined {
  let j = i;
  // "a dozen", "a hundred", "a thousand": the article is the number one.
  if ((words[j]?.lower === 'a' || words[j]?.lower === 'one') && (words[j + 1]?.lower === 'dozen' || scaleOf(words[j + 1]?.lower))) {
    // "one hundred and twenty": the scale, then what it goes on with, as after "two hundred".
    return words[j + 1].lower === 'dozen' ? { value: 12, end: j + 2 } : extend(words, j + 1, 1);
  }
  const first = readBelowHundred(words, j);
  if (!first) return undefined;
  return extend(words, first.end, first.value);
}

function scaleOf(lower: string | undefined): number | undefined {
  return lower !== undefined && Object.hasOwn(SCALES, lower) ? SCALES[lower] : undefined;
}

function extend(words: Word[], j: number, value: number): ParsedNumber {
  let total = 0;
  let current = value;
  for (;;) {
    const scale = scaleOf(words[j]?.lower);
    if (scale) {
      current *= scale;
      if (scale >= 1000) { total += current; current = 0; }
      j++;
      const and = words[j]?.lower === 'and' ? 1 : 0;
      const more = readBelowHundred(words, j + and);
      if (!more) break;
      current += more.value;
      j = more.end;
      continue;
    }
    break;
  }
  return { value: total + current, end: j };
}

function readBelowHundred(words: Word[], j: number): ParsedNumber | undefined {
  const lower = words[j]?.lower ?? '';
  if (lower === 'dozen') return { value: 12, end: j + 1 };
  if (Object.hasOwn(UNITS, lower)) return { value: UNITS[lower], end: j + 1 };
  if (!Object.hasOwn(TENS, lower)) return undefined;
  const hyphen = words[j + 1]?.text === '-' ? 1 : 0;
  const next = words[j + 1 + hyphen]?.lower ?? '';
  const unit = Object.hasOwn(UNITS, next) ? UNITS[next] : undefined;
  if (unit !== undefined && unit > 0 && unit < 10) return { value: TENS[lower] + unit, end: j + 2 + hyphen };
  return { value: TENS[lower], end: j + 1 };
}

/** Reads a number in digits or words at `i`. */
export function parseNumber(words: Word[], i: number): ParsedNumber | undefined {
  return parseNumeral(words, i) ?? parseNumberWords(words, i);
}
