import { timeWords } from './time-words.js';

// An amount just before "a year" or "annually": a price, a percentage, or a count of things
// ("8,000 cars", "six flights"). Then the time word is the denominator of a rate.
const AMOUNT_BEFORE = /(?:\d|%|dollars?|cents?|million|billion|percent|units?|barrels?|tons?)\s*$/i;
// A count of times ("twice a week", "three times a day") is a frequency: TimeML's SET.
const TIMES_BEFORE = /\b(?:times|twice|once|thrice)\s*$/i;

let countedThings: RegExp | undefined;

/**
 * Whether the text before `start` ends with an amount, making what follows a rate (not after a count of times):
 * "$3.20 [a year]", "8,000 cars [annually]", "12% [annually]", "six flights [a week]".
 * TimeML tags no TIMEX3 there: the expression measures a quantity and times no event.
 */
export function followsAmount(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (TIMES_BEFORE.test(before)) return false;
  if (AMOUNT_BEFORE.test(before)) return true;
  const words = timeWords().alternation.number.split('|').filter((x) => x !== 'a' && x !== 'an' && !x.includes('\\s')).join('|');
  // A counted plural noun: "six flights a week"; one word only, so "in two years' time a week" stays out.
  countedThings ??= new RegExp(`\\b(?:\\d[\\d,.]*|${words})\\s+[a-z]+s\\s+$`, 'i');
  return countedThings.test(before);
}
