import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

const PERFECT = new Set(['has', 'have', 'had']);
const LONG_UNITS = new Set(['months', 'years']);
const SPAN_WORDS = new Set(['first', 'past', 'last']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const YEAR = /^(19|20)\d\d$/;
const REACH = 15;
const PERFECT_REACH = 4;

// 'so far this year', 'this year', 'in the first three months of the year', 'over the past two years', 'since January',
// 'since 2019', 'since the start of the year', 'since Friday', 'since they began': a stretch of days, months or years, not a day.
function periodAt(tokens: readonly Token[], i: number, end: number): boolean {
  const w = tokens[i].lower;
  const next = tokens[i + 1]?.lower ?? '';
  if (w === 'so' && next === 'far') return true;
  if (w === 'this' && next === 'year') return true;
  // 'since Friday': the days since, each with its incidents.
  if (w === 'since') return MONTHS.has(next) || YEAR.test(next) || WEEKDAYS.has(next) || (next === 'the' && /^(start|beginning)$/.test(tokens[i + 2]?.lower ?? ''))
    || beganSince(tokens, i + 1, end);
  if (SPAN_WORDS.has(w) && tokens[i - 1]?.lower === 'the') {
    for (let j = i + 1; j < Math.min(end, i + 4); j++) if (LONG_UNITS.has(tokens[j].lower)) return true;
  }
  return false;
}

// 'since they began', 'since the offensive was launched': the days since a campaign opened, each with its incidents.
function beganSince(tokens: readonly Token[], i: number, end: number): boolean {
  for (let j = i; j < Math.min(end, i + 4); j++) if (BEGAN.has(tokens[j].lower)) return true;
  return false;
}
const BEGAN = new Set(['began', 'started', 'erupted', 'begun', 'launched']);

/**
 * A killing told in the perfect and counted over months or years ('more than 1,500 people had been killed in gang
 * violence in the first three months of the year', 'have been killed so far this year'): a tally of many incidents,
 * not an event of the story. A past perfect dated by a day ('had been killed in the attack on Tuesday') is told.
 */
export function isPeriodToll(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  let perfect = false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - PERFECT_REACH); i--) if (PERFECT.has(tokens[i].lower)) perfect = true;
  if (!perfect) return false;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + REACH); i++) if (periodAt(tokens, i, sentenceEnd)) return true;
  // 'This year alone, 2,000 civilians have been killed': the period may open the sentence.
  for (let i = sentenceStart; i < match.first; i++) if (periodAt(tokens, i, match.first)) return true;
  return false;
}

const SPREAD_WORDS = new Set(['across', 'throughout']);
const WHOLE_LANDS = new Set(['country', 'nation', 'province', 'region']);

/**
 * 'The network said 38 people were killed across the country on Saturday', 'died nationwide': the day's dead of a
 * whole country or province added up, a tally of its incidents, not an act of the story.
 */
export function isTallyAcross(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + PERFECT_REACH); i++) {
    const w = tokens[i].lower;
    if (w === 'nationwide') return true;
    if (!SPREAD_WORDS.has(w)) continue;
    const next = tokens[i + 1];
    return next !== undefined && ((next.lower === 'the' && WHOLE_LANDS.has(tokens[i + 2]?.lower ?? '')) || next.pos === 'PROPN');
  }
  return false;
}

const RISE_LEMMAS = new Set(['rise', 'climb', 'reach', 'increase', 'jump', 'mount', 'grow', 'stand']);
const COUNTED_LEMMAS = new Set(['kill', 'die', 'wound', 'injure']);
/** How far before the trigger 'the number of' may open its noun phrase ('The number of civilians killed by terrorist shells'). */
const NUMBER_REACH = 10;

/**
 * 'The number of civilians killed by shelling since Monday has risen to three': a running total that sums the
 * incidents the story has told; neither the killing nor the shelling in it is an act of its own.
 * 'A number of villagers were killed' is a killing.
 */
export function isRunningTotal(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  let counted = COUNTED_LEMMAS.has(tokens[match.first].lemma);
  let opened = false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart + 1, match.first - NUMBER_REACH); i--) {
    if (COUNTED_LEMMAS.has(tokens[i].lemma)) counted = true;
    if (tokens[i].lower === 'number' && tokens[i + 1].lower === 'of' && tokens[i - 1].lower === 'the') { opened = true; break; }
    if (/^[.;:]$/.test(tokens[i].text)) return false;
  }
  if (!opened || !counted) return false;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + REACH); i++) if (RISE_LEMMAS.has(tokens[i].lemma) && tokens[i].pos === 'VERB') return true;
  return false;
}

/** How far after a plural attack noun its 'since 2014' may stand ('in its strikes in Syria and Iraq since 2014'). */
const CAMPAIGN_REACH = 8;

// 'since 2014', 'since it entered the war in 2015': a year right after 'since' or closing its short clause.
function sinceYear(tokens: readonly Token[], from: number, sentenceEnd: number): boolean {
  for (let i = from; i < Math.min(sentenceEnd, from + CAMPAIGN_REACH); i++) {
    if (YEAR.test(tokens[i].lower)) return true;
    if (tokens[i].text === ',' || tokens[i].lower === 'and') return false;
  }
  return false;
}

/**
 * 'acknowledged the deaths of 700 civilians in its strikes in two countries since 2014': attacks in the plural counted
 * from a year ('since 2014', 'since it entered the war in 2015') are a campaign of years summed up, not one act of the
 * story. 'strikes since Monday' may be this week's.
 */
export function isCampaignSinceYear(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  const head = tokens[match.last - 1];
  if (head.pos !== 'NOUN' || !head.lower.endsWith('s')) return false;
  for (let i = match.last; i < Math.min(sentenceEnd - 1, match.last + CAMPAIGN_REACH); i++) {
    if (tokens[i].lower === 'since') return sinceYear(tokens, i + 1, sentenceEnd);
    if (tokens[i].pos === 'VERB' || tokens[i].text === ',') return false;
  }
  return false;
}
