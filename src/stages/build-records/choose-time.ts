import type { TimeMention, TimeValue } from '../../model/time-value.js';
import type { Token, Sentence } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';
import type { Attribution } from '../../model/source.js';
import { firstTokenFrom } from '../token-index.js';
import { sinceClauseStart } from './since-clause.js';
import { datesAnotherAct, headOf } from './reference-date.js';
import { isDatelineDate } from './dateline.js';
import { isBylineDate, isPageDate } from './page-date.js';
import { datesTheSaying, sayingDays } from './saying-day.js';
import { clauseTense } from '../annotate-dates/clause-tense.js';
import { daysApart } from './days-apart.js';
import { continuesClaim } from './participle-after-source.js';
import { clauseOfDate, relativeClauseOf, inSinceClause } from './clause-of-date.js';
import { opensNewItem } from './new-item.js';
import { narrowerInside } from './absorb-report.js';
import { isPresentTense, triggerIsPresent, verbSpan } from './present-clause.js';
import { olderThanAMonth, presentSentence } from './back-to-now.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const SINCE = /\bsince\b/i;
const BLANK_LINE = /\n\s*\n/;

/** What choosing a time needs to know about one event. */
export interface TimeQuery {
  clause: Span;
  trigger: Span;
  sentence: number;
  /** The event is attributed to a named source: its present tense is the report's time, not today's. */
  attributed: boolean;
}

/** What the document offers to choose from. */
export interface TimeContext {
  times: readonly TimeMention[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  text: string;
  published?: string;
  attributions: readonly Attribution[];
}

/** A date or time with days; or a duration that reaches now ('during the past month'), which is the stretch up to publication. */
function dated(t: TimeMention): boolean {
  return (t.type === 'DATE' || t.type === 'TIME' || t.type === 'DURATION') && t.value !== undefined;
}

/** How many sentences back the narrative time may come from. */
const NARRATIVE_REACH = 4;

const datedCache = new WeakMap<TimeContext, TimeMention[]>();

/** The dates and times of the document (not durations or sets), filtered once per document. */
export function datedTimes(context: TimeContext): TimeMention[] {
  let list = datedCache.get(context);
  if (!list) datedCache.set(context, (list = context.times.filter(dated)));
  return list;
}

const ownDatedCache = new WeakMap<TimeContext, TimeMention[]>();

/** The dates an event's own words may give: all but a dateline's, which dates the filing (once per document). */
function ownDatedTimes(context: TimeContext): TimeMention[] {
  let list = ownDatedCache.get(context);
  if (!list) ownDatedCache.set(context, (list = datedTimes(context).filter((t) => !isDatelineDate(t.span, context.text))));
  return list;
}

function nearest(candidates: TimeMention[], trigger: Span): TimeMention | undefined {
  const resolved = candidates.filter((t) => t.value?.start);
  const pool = resolved.length ? resolved : candidates;
  return pool.sort((a, b) => Math.abs(a.span.start - trigger.start) - Math.abs(b.span.start - trigger.start))[0];
}

/**
 * The time an event's own words give it: the nearest date in its clause, else in its sentence,
 * leaving out dates that belong elsewhere: inside a claim the event is not part of ("Kerry said
 * he will announce the plan in early August" does not date "After a meeting"), or that contain
 * the trigger itself ("on the eve of Kerry's visit" dates the report, not the visit), or that date
 * the story's filing (a dateline's 'Oct 10', which reportDay may still give). Else, for a
 * present-tense event the article states itself, the publication day (ongoing).
 * Durations ("for a week") are never dates; one that reaches now ('killed during the past month') is that stretch.
 */
export function ownTime(query: TimeQuery, context: TimeContext): TimeValue | undefined {
  const sentence = context.sentences[query.sentence];
  const apart = daysApart(query.trigger, sentence, context.times, context.tokens);
  if (apart) return apart;
  const since = sinceClauseStart(query.trigger, context.tokens) ?? -1;
  // Only a date in the sentence can be chosen: belongsTo, which scans every attribution, is asked of those alone.
  const found = ownDatedTimes(context).filter((t) => spanContains(sentence, t.span) && t.span.start >= since && belongsTo(t, query, context)
    && !(datesAnotherAct(t, context.tokens) && !headOf(t, query.trigger, context.tokens)) && !boundElsewhere(t, query.trigger, context)
    && !datesTheQuoting(t, query.trigger, context));
  // 'Thursday 12 May 2022 Militia shells market … shelled it on Wednesday': the date that opens the page runs on
  // into the headline and lead with no stop, but dates the page; it dates the act only when nothing else does.
  const unpaged = found.filter((t) => !isPageDate(t.span, context.text)
    && !(t.value?.start === t.value?.end && isBylineDate(t.span, context.text, t.value?.start, context.published)));
  const pool = unpaged.length ? unpaged : found;
  // 'proposed a text that he said would be put to a vote on Friday': an act told in the past was done by the time
  // the story was published; a later day in its sentence is another act's, to come.
  const today = context.published?.slice(0, 10);
  // Only a verb trigger tells its own tense: a noun's nearest verb may be another act's ('negotiations, which had been due to open').
  const past = today !== undefined && pool.some((t) => t.value?.start && t.value.start > today)
    && context.tokens[firstTokenFrom(context.tokens, query.trigger.start)]?.pos === 'VERB' && clauseTense(context.tokens, query.trigger) === 'past';
  const candidates = past ? pool.filter((t) => !t.value?.start || t.value.start <= today!) : pool;
  const told = toldContent(query.trigger, candidates, context);
  // An act told in a relative clause ('…, who has been mediating, …') takes no date of the main clause.
  const relative = relativeClauseOf(query.trigger, context.tokens, context.times);
  const own = (told ? candidates.filter((t) => spanContains(told, t.span)) : candidates).filter((t) => !relative || spanContains(relative, t.span));
  const inClause = own.filter((t) => spanContains(query.clause, t.span));
  const nearestOwn = nearest(inClause, query.trigger) ?? nearest(own, query.trigger);
  // 'has stepped up air attacks in recent days, killing 57 when it dropped barrel bombs on the town at the weekend':
  // a finer date inside a vague span that runs up to the report, later in the sentence, tells when the act's figures
  // and place were. (A past year is no such span: 'fought a war in 2020 that ended … in November' is the whole war.)
  const upToNow = today !== undefined && nearestOwn?.value?.end !== undefined && nearestOwn.value.end >= today;
  const finer = upToNow && own.filter((t) => t.span.start > query.trigger.end && narrowerInside(t.value, nearestOwn!.value));
  const chosen = finer && finer.length ? nearest(finer, query.trigger) : nearestOwn;
  if (chosen) return hourOnly(chosen) ? dayOfHour(chosen, candidates, query, context) : chosen.value;
  if (!query.attributed && context.published && isPresentTense(query, context)) {
    const day = context.published.slice(0, 10);
    return { start: day, end: day, precision: 'ongoing', inferred: ['year', 'month', 'day'], evidence: verbSpan(query, context) ?? query.trigger };
  }
  return undefined;
}

const QUOTE_MARK = /^["“”]/;

/**
 * A date in the frame of a direct quote ('"…," a commander told reporters on Tuesday') dates the interview,
 * not what the speaker's words tell: the quoted act keeps the day the story has given it.
 */
function datesTheQuoting(time: TimeMention, trigger: Span, context: TimeContext): boolean {
  return context.attributions.some((a) => spanContains(a.content, trigger) && !spanContains(a.content, time.span) && time.span.start >= a.cue.end
    && QUOTE_MARK.test(context.text.slice(Math.max(0, a.content.start - 1), a.content.start + 1).trim()));
}

/** A time of day with no day of its own ('in the early afternoon', 'shortly after 11 p.m.'), read on the day of publication. */
function hourOnly(t: TimeMention): boolean {
  return t.value !== undefined && t.value.start === t.value.end && (t.value.inferred.includes('day') || t.rule === 'in-the-part-of-day');
}

/**
 * The day an hour alone belongs to: the story tells a day's events and then their hours, so
 * 'struck the farm in the early afternoon' after 'strikes killed six on Tuesday' is Tuesday's
 * afternoon. A day stated in the sentence wins, then the narrative's day from the sentences
 * before; else the hour keeps the publication day it was read on.
 */
function dayOfHour(hour: TimeMention, candidates: TimeMention[], query: TimeQuery, context: TimeContext): TimeValue | undefined {
  const stated = nearest(candidates.filter((t) => t !== hour && !hourOnly(t) && t.value?.start && t.value.start === t.value.end), query.trigger);
  if (stated) return stated.value;
  const narrative = inheritedTime(query.sentence, context);
  return narrative?.start && narrative.start === narrative.end ? narrative : hour.value;
}

/** Words that tie an act to the story's time: 'has meanwhile killed three', 'Another shell … landed'. */
const SAME_STORY = /\b(?:meanwhile|another|also)\b/i;

/**
 * True when the event's own clause ties it to the story's current time ('meanwhile', 'another', 'also'):
 * it may take the last date the story gave, however many sentences back.
 */
export function tiedToStory(clause: Span, text: string): boolean {
  return SAME_STORY.test(text.slice(clause.start, clause.end));
}

/**
 * The narrative's current time, for an event whose own words give none: the last date of one of
 * the few sentences before it (news paragraphs are short; the story's time runs on across them).
 * A sentence that gives a day moves the story by days: a wider date beside it ('left the door
 * open on Sunday to punishing an attack last month') dates older background, not the story.
 * A date that only names another act ('following an August 21 attack') carries over only to a
 * later report of an act of that kind (`sameKind`: 'the attack'), not to a call or a meeting. A date
 * after publication ('talks next week') is a plan's, never the narrative's.
 * Used after same-event reports are merged, so that a merged report's own date wins.
 */
export function inheritedTime(sentence: number, context: TimeContext, reach = NARRATIVE_REACH, sameKind: (t: TimeMention) => boolean = () => false, said = false): TimeValue | undefined {
  const candidates = datedTimes(context);
  // 'invited them to talks next week', 'to withdraw by the end of June': the story does not move into
  // the future; an act told after a plan is no later than the report.
  const today = context.published?.slice(0, 10) ?? '9999-12-31';
  // 'The regime first deployed warplanes in July 2012. Now there are air strikes every day. Kurds made fresh advances …':
  // an undated sentence in the present has brought the story back to now; an old month or year before it is background.
  let backToNow = false;
  for (let s = sentence - 1; s >= 0 && sentence - s <= reach && !opensNewItem(context.sentences[s + 1], context.text); s--) {
    // A stretch up to now ('fled in the past week') dates its own sentence's acts, not the story's.
    const earlier = candidates.filter((t) => t.type !== 'DURATION' && spanContains(context.sentences[s], t.span) && t.value?.start && t.value.start <= today
      && (!datesAnotherAct(t, context.tokens) || sameKind(t)) && !boundClause(t, context) && !inSinceClause(t, context.tokens));
    const days = earlier.filter((t) => t.value!.start === t.value!.end);
    const daysOnly = days.filter((t) => !hourOnly(t));
    const saying = said ? sayingDays(daysOnly, context.attributions) : [];
    const stated = saying.length ? saying : told(daysOnly, context);
    if (stated.length) return stated[stated.length - 1].value;
    // 'in the early afternoon' alone: the hour of the day told before it, if one is.
    if (days.length) {
      const day = inheritedTime(s, context, reach, sameKind, said);
      return day?.start && day.start === day.end ? day : days[days.length - 1].value;
    }
    if (earlier.length) {
      const value = earlier[earlier.length - 1].value!;
      return backToNow && olderThanAMonth(value, context.published) ? undefined : value;
    }
    if (presentSentence(s, context)) backToNow = true;
  }
  return undefined;
}

/**
 * The day of publication, for an event that happened (asserted or reported) but whose own words
 * and paragraph give no date: news reports the day's events, and an undated one was news that day.
 * All parts are marked inferred; the evidence is the dateline's date when it gives that day, else
 * the event's trigger. Undefined without a publication date, and for what is no one day's news:
 * a present-tense statement ('their air forces strike only militants' is a habit) or a count
 * over a period ('had been killed since the clashes began').
 */
export function reportDay(query: TimeQuery, context: TimeContext): TimeValue | undefined {
  if (!context.published || triggerIsPresent(query, context) || SINCE.test(context.text.slice(query.clause.start, query.clause.end))) return undefined;
  const day = context.published.slice(0, 10);
  const dateline = datedTimes(context).find((t) => t.value?.start === day && t.value.end === day);
  return { start: day, end: day, precision: 'day', inferred: ['year', 'month', 'day'], evidence: dateline?.span ?? query.trigger };
}

/**
 * What a source said that holds the trigger, when it gives a date of its own: 'said on Wednesday that
 * its fighters had attacked a base on Tuesday' dates the attack by Tuesday, the saying by Wednesday,
 * however near the trigger the saying's date stands. Undefined when no such content dates the act.
 */
function toldContent(trigger: Span, candidates: readonly TimeMention[], context: TimeContext): Span | undefined {
  if (candidates.length < 2) return undefined;
  let inner: Span | undefined;
  for (const a of context.attributions) {
    if (spanContains(a.content, trigger) && (!inner || spanContains(inner, a.content))) inner = a.content;
  }
  if (!inner) return undefined;
  // The content may open with the saying's own words ('in a statement on Wednesday that …', 'on Thursday it had
  // rescued …'): what was said starts after 'that', or after a date that opens the content.
  const { tokens } = context;
  for (let i = firstTokenFrom(tokens, inner.start); i < tokens.length && tokens[i].end <= trigger.start; i++) {
    if (tokens[i].lower === 'that') { inner = { start: tokens[i].end, end: inner.end }; break; }
  }
  const opening = LEADING_DATE.exec(context.text.slice(inner.start, trigger.start));
  if (opening) {
    const end = inner.start + opening[0].length;
    const date = candidates.find((t) => t.span.start === end);
    if (date) inner = { start: date.span.end, end: inner.end };
  }
  const told = inner;
  return candidates.some((t) => spanContains(told, t.span)) ? told : undefined;
}

/** A preposition of time that opens what a source said: 'on Thursday it had rescued …'. */
const LEADING_DATE = /^\s*(?:on|late\s+on|early\s+on|in|at)\s+/i;

/**
 * The days among a sentence's that date what a source told rather than the telling ('shells hit the
 * market on Tuesday, …, a committee said on Wednesday': Tuesday is where the story stands); all of
 * them when none or all lie in what was told.
 */
function told(days: TimeMention[], context: TimeContext): TimeMention[] {
  if (days.length < 2) return days;
  const inContent = days.filter((t) => context.attributions.some((a) => spanContains(a.content, t.span)));
  return inContent.length > 0 ? inContent : days;
}

const boundCache = new WeakMap<TimeMention, Span | null>();

/** The relative or 'since' clause a date is bound to (see clauseOfDate), once per mention. */
function boundClause(time: TimeMention, context: TimeContext): Span | undefined {
  let clause = boundCache.get(time);
  if (clause === undefined) boundCache.set(time, (clause = clauseOfDate(time, context.tokens, context.times) ?? null));
  return clause ?? undefined;
}

/** What may stand between a noun and the relative clause that describes it: 'negotiations, which had been due to open on April 2'. */
const BEFORE_RELATIVE = /^[\s,]*$/;

/**
 * A date bound to a relative or 'since' clause that does not hold the trigger dates that clause, not
 * the event; unless the clause describes the trigger itself ('the next round of negotiations, which
 * had been due to open on April 2').
 */
function boundElsewhere(time: TimeMention, trigger: Span, context: TimeContext): boolean {
  const clause = boundClause(time, context);
  return clause !== undefined && !spanContains(clause, trigger) && !(clause.start >= trigger.end && BEFORE_RELATIVE.test(context.text.slice(trigger.end, clause.start)));
}

function belongsTo(time: TimeMention, query: TimeQuery, context: TimeContext): boolean {
  if (spanContains(time.span, query.trigger)) return false;
  return !context.attributions.some((a) => spanContains(a.content, time.span) && !spanContains(a.content, query.trigger)
    && !continuesClaim(a, query.trigger, context.text) && !datesTheSaying(a.content, time, context.text));
}

function sameParagraph(context: TimeContext, earlier: number, later: number): boolean {
  const gap = context.text.slice(context.sentences[earlier].end, context.sentences[later].start);
  return !BLANK_LINE.test(gap) && later - earlier <= 6;
}
