import type { Figure } from '../../model/fatalities.js';
import type { Word } from './scan-words.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import { isNumberWord, parseNumber, parseNumeral } from './parse-number.js';

/**
 * A quantity phrase of a sentence, before it is known to count casualties.
 * Example ('at least 16 civilians'): { start: 3, end: 6, figure: { low: 16, best: 16, high: null, text: 'at least 16', … } }
 * `start`/`end` are word indexes (end one past); `yearLike` marks a bare "2013" that counts people only
 * when a category noun follows it.
 */
export interface FigurePhrase {
  start: number;
  end: number;
  figure: Figure;
  yearLike: boolean;
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const CURRENCY = new Set(['$', '£', '€', 'US', 'USD', 'SYP']);

/** Every quantity phrase of the sentence's words that could be a count of people. */
export function findFigures(words: Word[], text: string, lexicon: CasualtyLexicon): FigurePhrase[] {
  const found: FigurePhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!mayStartFigure(words[i], lexicon)) continue;
    const phrase = readFigure(words, i, text, lexicon);
    if (!phrase) continue;
    if (!isCountOfSomething(words, phrase, lexicon)) { i = phrase.end - 1; continue; }
    found.push(phrase);
    i = phrase.end - 1;
  }
  return found;
}

// A cheap test that skips most words before any phrase matching.
function mayStartFigure(word: Word, lexicon: CasualtyLexicon): boolean {
  const c = word.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return isNumberWord(word.lower) || lexicon.quantities.starts(word.lower) || ONE_PERSON.has(word.lower) || word.lower === 'between';
}

function readFigure(words: Word[], i: number, text: string, lexicon: CasualtyLexicon): FigurePhrase | undefined {
  let j = i;
  let modifier: 'open-low' | 'high' | 'approximate' | 'between' | undefined;
  const mod = lexicon.quantities.match(words, j);
  if (mod && mod.entry.kind !== 'vague') { modifier = mod.entry.kind; j = mod.end; }
  else if (words[j]?.lower === 'between') { modifier = 'between'; j++; }

  const vague = lexicon.quantities.match(words, j);
  if (vague && vague.entry.kind === 'vague') {
    let end = vague.end;
    if (words[end]?.lower === 'of') end++;
    const { low, best, high } = vague.entry;
    const wordText = text.slice(words[j].start, words[vague.end - 1].end);
    return phrase(words, i, end, vague.end, text, { low, best, high: modifier === 'high' ? best : high, vague: wordText }, false);
  }

  const first = parseNumber(words, j);
  if (!first) {
    if (modifier) return undefined;
    return readSingular(words, i, text, lexicon);
  }
  let end = first.end;
  let high: number | null = first.value;
  // A range: "10 to 15", "10-15", "10 or 15", "between 10 and 15"; not "from 12 to 15" (a change).
  const joiner = words[end]?.lower;
  const isRangeJoiner = joiner === 'to' || joiner === '-' || joiner === 'or' || (modifier === 'between' && joiner === 'and');
  // A zero-padded "09" is a day or month, never the low end of a range.
  if (isRangeJoiner && words[i - 1]?.lower !== 'from' && !/^0\d/.test(words[j].text)) {
    const second = parseNumber(words, end + 1);
    if (second && second.value > first.value) { high = second.value; end = second.end; }
  }
  const isRange = high !== first.value;
  const yearLike = /^(19|20)\d\d$/.test(words[j].text) && !isRange && modifier === undefined;
  if (modifier === 'open-low') return phrase(words, i, end, end, text, { low: first.value, best: first.value, high: null }, yearLike);
  if (modifier === 'high') return phrase(words, i, end, end, text, { low: 0, best: first.value, high: first.value }, yearLike);
  if (modifier === 'approximate') return phrase(words, i, end, end, text, { low: first.value, best: first.value, high: isRange ? high : first.value, approximate: true }, yearLike);
  if (modifier === 'between' && !isRange) return undefined;
  return phrase(words, i, end, end, text, { low: first.value, best: first.value, high }, yearLike);
}

// 'another child was killed': one more person, as 'a child' is one; so is 'her child' ('a woman and her child').
const ONE_PERSON = new Set(['a', 'an', 'another', 'her', 'his']);

// "a commander", "a Syrian soldier", "another child": one person, when a singular category noun follows within two words.
function readSingular(words: Word[], i: number, text: string, lexicon: CasualtyLexicon): FigurePhrase | undefined {
  if (!ONE_PERSON.has(words[i].lower)) return undefined;
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const hit = lexicon.words.match(words, k);
    // "a rebel-held town", "a rebel offensive", "a civilian death toll" name a thing, not a person.
    if (hit && hit.entry.role === 'category' && hit.entry.singular && endsNounPhrase(words, hit.end, lexicon)) return phrase(words, i, i + 1, hit.end, text, { low: 1, best: 1, high: 1 }, false);
    if (!/^[a-z][a-z'-]*$/i.test(words[k].text) || hit) return undefined;
  }
  return undefined;
}

// After a singular noun that names a person comes a verb, a preposition, a conjunction or a mark.
const AFTER_PERSON = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being', 'whose', 'which', 'that', 'and', 'or', 'in', 'on', 'at', 'of', 'from', 'by', 'with', 'who', 'as', 'near', 'during', 'after', 'when', 'while', 'the', 'a', 'an', 'also', 'reportedly', 'said', 'according', 'but', 'for', 'to', 'inside', 'among']);

/** True when the noun at words[k - 1] ends its phrase: a verb, preposition, conjunction or mark follows. */
export function endsNounPhrase(words: Word[], k: number, lexicon: CasualtyLexicon): boolean {
  const next = words[k];
  if (!next || (!/[A-Za-z\d]/.test(next.text) && next.text !== '-')) return true;
  // A capital after the noun starts a name or a sentence ("a soldier Ahmed …"), except in a title-case
  // headline, where the noun is capitalised too ("Three Terrorist Attacks"): there only the words decide.
  const titleCase = /^[A-Z]/.test(words[k - 1]?.text ?? '');
  if (AFTER_PERSON.has(next.lower) || (/^[A-Z]/.test(next.text) && !titleCase)) return true;
  // "33 Terrorist Captured": a verb's past form still ends the noun in a headline.
  if (titleCase && /^[A-Z][a-z]+ed$/.test(next.text)) return true;
  const hit = lexicon.words.match(words, k);
  // "a girl child", "a baby boy": two person nouns make one.
  if (hit?.entry.role === 'category') return endsNounPhrase(words, hit.end, lexicon);
  return hit !== undefined && (hit.entry.role === 'killed' || hit.entry.role === 'injured') && next.lower !== 'death';
}

function phrase(words: Word[], start: number, end: number, textEnd: number, text: string,
  values: Pick<Figure, 'low' | 'best' | 'high' | 'vague' | 'approximate'>, yearLike: boolean): FigurePhrase {
  const evidence = { start: words[start].start, end: words[textEnd - 1].end };
  const figure: Figure = { low: values.low, best: values.best, high: values.high, text: text.slice(evidence.start, evidence.end), evidence };
  if (values.vague) figure.vague = values.vague;
  if (values.approximate) figure.approximate = true;
  return { start, end, figure, yearLike };
}

// Numbers that measure something other than people: dates, times, money, distances, ages, shares.
function isCountOfSomething(words: Word[], p: FigurePhrase, lexicon: CasualtyLexicon): boolean {
  const before = words[p.start - 1];
  const after = words[p.end];
  if (before && (CURRENCY.has(before.text) || MONTH.test(before.text) || before.text === ':' || before.text === '+' || before.text === '#')) return false;
  if (after && (MONTH.test(after.text) || after.text === '%' || after.text === ':' || after.text === '/')) return false;
  // A phone number or a run of figures; a year right after a day ("September 15 2016") is a date.
  if (parseNumeral(words, p.end) && parseNumeral(words, p.end + 1)) return false;
  if (p.yearLike && before && (/^\d/.test(before.text) || before.text === '-' || before.text === '/' || before.text === '.')) return false;
  // "15-09-2013", "05/04/2017": parts of a date.
  const dateMark = (w: Word | undefined) => w !== undefined && (w.text === '-' || w.text === '/' || w.text === '.');
  if (dateMark(before) && /^\d/.test(words[p.start - 2]?.text ?? '')) return false;
  if (dateMark(after) && /^\d/.test(words[p.end + 1]?.text ?? '') && /^0\d/.test(words[p.end + 1].text)) return false;
  const unitAt = after?.text === '-' ? p.end + 1 : p.end;
  const unit = lexicon.words.match(words, unitAt);
  if (unit && unit.entry.role === 'not-a-count') return false;
  return true;
}
