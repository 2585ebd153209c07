import type { Word } from './scan-words.js';

/*
 * Web pages carry the headlines of other stories inside the text: a related link after a photo credit
 * ("AP Photo … Security Forces Reportedly Find Burial Sites of Over 20 Executed Christians DAMASCUS (…)"),
 * a "Related" list. Their tolls are of other incidents. A headline reads as a run of capitalised words
 * around its verb ("Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama Province"); the page's own
 * title opens the text, so only a run in a later sentence, past the opening lines, is another story's.
 */

// Small words a title-case headline leaves in lower case.
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'near', 'by', 'with', 'from', 'as', 'after', 'over', 'into', 'against', 'amid', '-']);
/** How many capitalised words around the verb make a headline, not a sentence with names in it. */
const MIN_CAPITALISED = 5;
/** The opening of the text, where the page's own title and dateline stand. */
const OPENING_CHARS = 120;

function isCapitalised(word: Word): boolean {
  const c = word.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function inTitleRun(word: Word): boolean {
  return isCapitalised(word) || /^\d/.test(word.text) || TITLE_SMALL.has(word.lower);
}

/**
 * True when the trigger at words[at] stands in a headline embedded after the opening of the text:
 * the trigger is capitalised and the run of title-case words around it holds MIN_CAPITALISED capitalised words.
 * Example: the words of 'said. Sputnik Ivan Petrov Syrian Army Kills 40 Terrorists Near Aleppo MOSCOW' at 'Kills' → true
 */
export function inEmbeddedHeadline(words: readonly Word[], at: number, sentence: number): boolean {
  if (sentence === 0 || !isCapitalised(words[at])) return false;
  let start = at;
  while (start > 0 && inTitleRun(words[start - 1])) start--;
  let end = at + 1;
  while (end < words.length && inTitleRun(words[end])) end++;
  if (words[start].start < OPENING_CHARS) return false;
  let capitalised = 0;
  for (let k = start; k < end; k++) if (isCapitalised(words[k])) capitalised++;
  return capitalised >= MIN_CAPITALISED;
}
