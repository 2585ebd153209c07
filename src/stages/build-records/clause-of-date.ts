import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { TimeMention } from '../../model/time-value.js';
import { firstTokenFrom } from '../token-index.js';

/** Pronouns that open a relative clause whatever stands before them: 'Hungary, which blocked a package in June, …'. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
/** Tokens that close a clause inside a sentence. */
const BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * The words a date is bound to when they are not the sentence's main clause: a relative clause
 * ('The United States, which imposed sanctions in April, welcomed …', 'a mission that the council
 * approved in October') or the phrase of a 'since' that starts a state ('troops, deployed there since
 * 2021, helped …', 'which has besieged the city since May'). Such a date tells when that clause's act
 * happened or a state began, not when the main clause's act did, nor where the story stands.
 * Undefined for a date of the main clause. `times` tells 'said on Tuesday that …' (a time before
 * 'that', which opens what was said) from a noun's relative 'that'.
 */
export function clauseOfDate(time: TimeMention, tokens: readonly Token[], times: readonly TimeMention[]): Span | undefined {
  const first = firstTokenFrom(tokens, time.span.start);
  const sentence = tokens[first]?.sentence;
  if (sentence === undefined) return undefined;
  const since = tokens[first - 1]?.lower === 'since' && tokens[first - 1].sentence === sentence;
  let start = -1;
  // The verb nearest before a 'since' tells the state it dates ('handed over six men they had held since 2019': the holding).
  let stateVerb = -1;
  for (let i = first - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    const t = tokens[i];
    if (BREAKS.has(t.text)) {
      if (since) start = i + 1;
      break;
    }
    if (RELATIVE_PRONOUNS.has(t.lower) || (t.lower === 'that' && relativeThat(tokens, i, times))) { start = i; break; }
    if (since && stateVerb < 0 && t.pos === 'VERB') stateVerb = i;
  }
  if (start < 0 && since) start = sentenceStart(tokens, first);
  // A pronoun subject of its own ('… six men they had held since 2019') makes it a clause apart, a relative with no
  // 'that': what lies before it is not dated by the 'since'. ('Fighting has raged since Monday' keeps its subject.)
  if (since && stateVerb > start) {
    const subject = subjectBefore(tokens, stateVerb, start);
    if (subject > start && tokens[subject].pos === 'PRON') start = subject;
  }
  if (start < 0) return undefined;
  let end = first;
  while (end < tokens.length && tokens[end].sentence === sentence && !BREAKS.has(tokens[end].text)) end++;
  // A relative clause that runs to the sentence's end may leave the date to the main verb ('took a base from
  // which raids were led in the city of Manbij at the beginning of the week'): the date is its own only right after its verb.
  // A comma before the speaker's tail ('…, the state agency reported.') ends what was reported, as the sentence's end would.
  const closed = tokens[end] !== undefined && tokens[end].sentence === sentence && BREAKS.has(tokens[end].text) && !speakerTail(tokens, end + 1, sentence);
  // 'held since December 2015, when soldiers raided the headquarters': the 'when' clause tells the act that began the state.
  if (since && closed && tokens[end + 1]?.lower === 'when') return undefined;
  if (!since && !closed && !verbJustBefore(tokens, first)) {
    // 'The fighters who drove the militants from the town last month had captured 40 villages': copy with its commas
    // lost still shows where the relative clause ends, at the main clause's own verb group after the date.
    const main = RELATIVE_PRONOUNS.has(tokens[start].lower) ? mainVerbAfter(tokens, start, first) : -1;
    return main < 0 ? undefined : { start: tokens[start].start, end: tokens[main - 1].end };
  }
  return { start: tokens[start].start, end: tokens[end - 1].end };
}

/**
 * True when the date stands after a 'since', in a clause with a verb of its own or in a bare phrase ('the widest
 * offensive since the insurgents took over the east in the summer of 2012', 'the worst fighting since the siege of
 * the city last year'): it dates the act that began the stretch, or that the present is measured against, which is
 * background, so it never becomes the story's time for the sentences after it. (Within its own sentence the
 * act the 'since' measures is still read from it, as 'has carried out strikes since 2011' is.)
 */
export function inSinceClause(time: TimeMention, tokens: readonly Token[]): boolean {
  const first = firstTokenFrom(tokens, time.span.start);
  const sentence = tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (BREAKS.has(tokens[i].text)) return false;
    if (tokens[i].lower === 'since') return true;
  }
  return false;
}

/** Words that join more to a relative clause, so that a verb after them may still be its own. */
const JOINS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'as', 'because', 'if']);
const PAST_ENDING = /ed$/;

/**
 * The first token of the main clause's verb group after a relative clause left open ('who drove the militants
 * from the town last month had captured …'): a finite group with an auxiliary ('had captured'), after the
 * relative clause's own verb and the date, with nothing between that could join it to the relative clause.
 * A bare past after a noun ('… last month seized 70 villages') counts too. -1 when there is none.
 */
function mainVerbAfter(tokens: readonly Token[], relative: number, date: number): number {
  const sentence = tokens[date].sentence;
  let ownVerb = false;
  for (let i = relative + 1; i < date; i++) if (tokens[i].pos === 'VERB') ownVerb = true;
  if (!ownVerb) return -1;
  for (let i = date + 1; i < tokens.length && tokens[i].sentence === sentence; i++) {
    const t = tokens[i];
    if (BREAKS.has(t.text) || JOINS.has(t.lower)) return -1;
    // 'US-led', 'Iranian-backed': a participle joined by a hyphen is an adjective of the next noun.
    if (t.pos === 'VERB' && tokens[i - 1].text === '-') continue;
    if (t.pos === 'AUX' && (tokens[i + 1]?.pos === 'VERB' || (tokens[i + 1]?.pos === 'ADV' && tokens[i + 2]?.pos === 'VERB'))) return i;
    if (t.pos === 'VERB' && (PAST_ENDING.test(t.lower) || t.lemma !== t.lower) && !t.lower.endsWith('ing') && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) return i;
    if (t.pos === 'VERB') return -1;
  }
  return -1;
}

/** Verbs of saying that close a sentence after its speaker: '…, the agency reported.' */
const TAIL_VERBS = new Set(['said', 'says', 'reported', 'reports', 'told', 'added', 'stated', 'announced']);
/** How many words a speaker's tail may hold: 'the state news agency SANA reported, citing a military source'. */
const TAIL_REACH = 12;

/** The words from `from` to the sentence's end are a speaker and a verb of saying, perhaps with a 'citing' after it. */
function speakerTail(tokens: readonly Token[], from: number, sentence: number): boolean {
  for (let i = from; i < tokens.length && i - from <= TAIL_REACH && tokens[i].sentence === sentence; i++) {
    if (TAIL_VERBS.has(tokens[i].lower)) return true;
    if (BREAKS.has(tokens[i].text) || tokens[i].pos === 'VERB') return false;
  }
  return false;
}

/**
 * 'that' right after a noun that is no time ('a mission that …', not 'said on Tuesday that …'), nor the
 * hearer or the channel of a verb of saying ('told the agency's reporter that …', 'said in a statement that …').
 */
function relativeThat(tokens: readonly Token[], at: number, times: readonly TimeMention[]): boolean {
  const before = tokens[at - 1];
  if (!before || before.pos !== 'NOUN' || before.sentence !== tokens[at].sentence) return false;
  return !times.some((t) => t.span.start <= before.start && t.span.end >= before.end) && !hearerOfSaying(tokens, at - 1);
}

/** Verbs whose hearer or channel may stand between them and the 'that' of what was said. */
const SAYING = new Set(['say', 'tell', 'inform', 'assure', 'warn', 'notify', 'remind', 'state', 'announce', 'confirm', 'report']);
/** Words of the noun phrases between such a verb and its 'that': 'in a statement to SANA reporter'. */
const HEARER_WORDS = new Set(['NOUN', 'PROPN', 'DET', 'ADP', 'ADJ', 'NUM', 'PART']);
/** How far back the verb may stand: 'said in a statement to the state news agency SANA's reporter'. */
const HEARER_REACH = 10;

/** The noun at `noun` ends the hearer or channel of a verb of saying ('told SANA reporter', 'said in a statement'). */
function hearerOfSaying(tokens: readonly Token[], noun: number): boolean {
  for (let i = noun - 1; i >= 0 && noun - i <= HEARER_REACH && tokens[i].sentence === tokens[noun].sentence; i--) {
    if (tokens[i].pos === 'VERB') return SAYING.has(tokens[i].lemma);
    if (!HEARER_WORDS.has(tokens[i].pos)) return false;
  }
  return false;
}

/** How many words may stand between a relative clause's verb and its date: 'approved in October'. */
const VERB_REACH = 3;

function verbJustBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= VERB_REACH && tokens[i].sentence === tokens[at].sentence; i--) if (tokens[i].pos === 'VERB') return true;
  return false;
}

/** The first token of the auxiliaries and the pronoun subject right before a verb ('they had held'), not before `floor`. */
function subjectBefore(tokens: readonly Token[], verb: number, floor: number): number {
  let i = verb;
  while (i - 1 >= floor && (tokens[i - 1].pos === 'AUX' || tokens[i - 1].pos === 'ADV' || tokens[i - 1].pos === 'PART')) i--;
  if (i - 1 >= floor && tokens[i - 1].pos === 'PRON') i--;
  return i;
}

function sentenceStart(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i > 0 && tokens[i - 1].sentence === tokens[at].sentence) i--;
  return i;
}

/**
 * The relative clause a trigger stands in, when closed by a comma or a dash: 'Angola's president, who
 * has been mediating between the two neighbours, invited them to talks next week' tells the mediation
 * in the clause, and the main clause's date ('next week') is the invitation's. Undefined for a trigger
 * of the main clause, or of a relative clause that runs to the sentence's end (its reach is unclear).
 */
export function relativeClauseOf(trigger: Span, tokens: readonly Token[], times: readonly TimeMention[]): Span | undefined {
  const at = firstTokenFrom(tokens, trigger.start);
  const sentence = tokens[at]?.sentence;
  if (sentence === undefined) return undefined;
  let start = -1;
  for (let i = at - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    const t = tokens[i];
    if (BREAKS.has(t.text)) break;
    if (RELATIVE_PRONOUNS.has(t.lower) || (t.lower === 'that' && relativeThat(tokens, i, times))) { start = i; break; }
  }
  if (start < 0) return undefined;
  let end = at;
  while (end < tokens.length && tokens[end].sentence === sentence && !BREAKS.has(tokens[end].text)) end++;
  if (!(tokens[end] !== undefined && tokens[end].sentence === sentence && BREAKS.has(tokens[end].text))) return undefined;
  return { start: tokens[start].start, end: tokens[end - 1].end };
}
