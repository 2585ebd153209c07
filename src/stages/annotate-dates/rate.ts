import { timeWords } from './time-words.js';

// An amount just before "a year" or "annually": a price, a percentage, or a count of things
// ("8,000 cars", "six flights"). Then the time word is the denominator of a rate.
const AMOUNT_BEFORE = /(?:\d|%|dollars?|cents?|million|billion|percent|units?|barrels?|tons?)\s*$/i;
// A count of times ("twice a week", "three times a day") is a frequency: TimeML's SET.
const TIMES_BEFORE = /\b(?:times|twice|once|thrice)\s*$/i;

/** Whether a count of times ends the text before `start`: "twice [a week]", "three times [a day]". */
export function followsTimes(text: string, start: number): boolean {
  return TIMES_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

let countedThings: RegExp | undefined;

/**
 * Whether the text before `start` ends with an amount, making what follows a rate (not after a count of times):
 * "$3.20 [a year]", "8,000 cars [annually]", "12% [annually]", "six flights [a week]".
 * TimeML tags no TIMEX3 there: the expression measures a quantity and times no event.
 */
export function followsAmount(text: string, start: number): boolean {
  if (followsTimes(text, start)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (AMOUNT_BEFORE.test(before)) return true;
  // A counted plural noun: "six flights a week"; one word only, so "in two years' time a week" stays out.
  countedThings ??= new RegExp(`\\b(?:\\d[\\d,.]*|${numberWords()})\\s+[a-z]+s\\s+$`, 'i');
  return countedThings.test(before);
}

function numberWords(): string {
  return timeWords().alternation.number.split('|').filter((x) => x !== 'a' && x !== 'an' && !x.includes('\\s')).join('|');
}
