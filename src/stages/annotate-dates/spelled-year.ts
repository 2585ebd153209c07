import { numberValue } from './time-words.js';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/**
 * A year said the way broadcast transcripts write it: "nineteen ninety-six", "nineteen
 * hundred and five", "two thousand", "two thousand and one". No capture groups, so rules can
 * embed it. "two thousand" alone is usually a count: the rules using it say when it is a year.
 */
export const SPELLED_YEAR = `(?:nineteen\\s+(?:hundred\\s+(?:and\\s+)?)?(?:${TEENS}|(?:${TENS})(?:[\\s-]+(?:${ONES}))?|${ONES})|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${TEENS}|${ONES}))?)`;

/** The year a spelled-out year names ('nineteen ninety-six' → 1996), undefined if it is not one. */
export function spelledYearValue(text: string): number | undefined {
  const words = text.toLowerCase().replace(/[\s-]+/g, ' ').replace(/\b(?:hundred|and)\b/g, ' ').trim().split(/\s+/);
  const [first, second] = words;
  const century = first === 'nineteen' ? 1900 : first === 'two' && second === 'thousand' ? 2000 : undefined;
  if (century === undefined) return undefined;
  const rest = words.slice(century === 1900 ? 1 : 2).join(' ');
  if (rest === '') return century;
  const n = numberValue(rest);
  return typeof n === 'number' && n < 100 ? century + n : undefined;
}
