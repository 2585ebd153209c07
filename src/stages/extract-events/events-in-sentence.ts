import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { TimeMention } from '../../model/time-value.js';
import type { PlaceMention } from '../../model/place.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import type { Span } from '../../model/span.js';
import type { AcledSubtype } from '../../model/event-types.js';
import type { LabelScore } from './event-classifier.js';
import { findTriggers, type TriggerMatch } from './find-triggers.js';
import { clauseTokens, tokenSpan } from './find-clause.js';
import { assignArguments, type Candidate } from './assign-arguments.js';
import { chooseClass } from './choose-class.js';
import { consultCoding } from './refine-mode.js';
import { linkContent } from './link-content.js';
import { splitByDates } from './split-by-dates.js';
import { skipTrigger } from './skip-trigger.js';
import { futureActType } from './future-acts.js';
import { classifyProtestOutcome } from './protest-outcome.js';

/** Everything one sentence's extraction reads. */
export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  index: number;
  /** The parties of the sentence, found on first call. */
  candidates: () => readonly Candidate[];
  times: readonly TimeMention[];
  places: readonly PlaceMention[];
  lexicon: TriggerLexicon;
  /** The classifier's labels for the sentence, given its trigger matches; computed once. */
  classify: (matches?: readonly TriggerMatch[]) => readonly LabelScore[];
  insideActor: (token: number) => boolean;
  /** Spans of the sources that attribution names ('a source familiar with the negotiations'): never events. */
  sourceSpans: readonly Span[];
  /** 'TYPE:mode' of the noun events already recorded in the document, for 'the cease-fire' said again. */
  seenNominal: Set<string>;
  /** Index the first mention of this sentence will have in the document's layer. */
  offset: number;
}

const CLASSIFIED_LEAD = 3;
const VERB_BONUS = 0.05;
const LEAD_BONUS = 0.1;

// Accusations phrased with the accused as subject: 'X "do not discriminate" between …'.
const ACCUSED_SUBJECT = new Set(['do not discriminate']);

interface Group { clause: { first: number; last: number }; matches: TriggerMatch[] }

// Triggers of one type in one clause state one event ('shelling and air raids'): the strongest speaks for it.
function groupTriggers(input: SentenceInput, matches: readonly TriggerMatch[]): Group[] {
  const groups: Group[] = [];
  for (const m of matches) {
    const clause = clauseTokens(input.tokens, input.sentence, m.first);
    const same = groups.find((g) => g.matches[0].entry.type === m.entry.type && g.clause.first === clause.first && g.clause.last === clause.last);
    if (same) same.matches.push(m);
    else groups.push({ clause, matches: [m] });
  }
  for (const g of groups) g.matches.sort((a, b) => b.entry.weight - a.entry.weight || a.first - b.first);
  return groups;
}

/** The event mentions one sentence states, in text order of their triggers. */
export function eventsInSentence(input: SentenceInput): EventMention[] {
  const { tokens, sentence } = input;
  const matches = findTriggers(tokens, sentence.tokenStart, sentence.tokenEnd, input.lexicon)
    .filter((m) => !skipTrigger(tokens, m, sentence.tokenStart, input.insideActor))
    .filter((m) => !input.sourceSpans.some((s) => s.start <= tokens[m.first].start && tokens[m.last - 1].end <= s.end))
    .filter((m) => !isRepeatedNominal(input, m));
  if (!matches.length) return [];
  for (const m of matches) if (isNominal(tokens, m)) input.seenNominal.add(nominalKey(m));
  // The classifier is asked only where it decides something: a trigger whose class is open, or the lead,
  // where its probability ranks the story's main event. Elsewhere a fixed-class trigger counts as an even bet.
  const needed = input.index < CLASSIFIED_LEAD || matches.some((m) => !m.entry.acled && !m.entry.otherClass);
  const scores = needed ? input.classify(matches) : [];
  const events: Array<EventMention & { firstToken: number }> = [];
  for (const group of groupTriggers(input, matches)) {
    const main = group.matches[0];
    const dateGroups = main.entry.type === 'CONSULT' ? splitByDates(tokens, group.clause.first, group.clause.last, input.times) : [group.clause];
    for (const part of dateGroups) {
      const inPart = group.matches.find((m) => m.first >= part.first && m.last <= part.last) ?? main;
      events.push({ ...buildEvent(input, inPart, part, group.clause, scores, group.matches), firstToken: inPart.first });
    }
  }
  events.sort((a, b) => a.firstToken - b.firstToken);
  linkContent(input.tokens, input.sentence, input.offset, events);
  classifyProtestOutcome(events);
  for (const event of events) {
    if (event.contentOf !== undefined) continue;
    const future = futureActType(tokens, event.firstToken, sentence.tokenStart, event.type);
    if (!future) continue;
    // AGREE has no modes; THREATEN's mode is what is threatened (the manual's table).
    event.rule += ` + ${future === 'AGREE' ? 'promise' : 'threat'}`;
    event.mode = future === 'AGREE' ? undefined
      : event.type === 'ASSAULT' ? 'violence' : event.type === 'SANCTION' ? 'relations' : event.mode === 'arrest' ? 'arrest' : 'restrict';
    event.cameo = future === 'AGREE' ? '030' : '130';
    event.type = future;
  }
  return events.map(({ firstToken: _, ...event }) => event);
}

// `clause` is the event's own evidence (one date group of a meeting); `argumentClause` is where its parties are sought.
const STATE_KINDS = new Set(['state', 'government', 'military', 'police']);
const NON_STATE_KINDS = new Set(['armed-group', 'rebels', 'party']);

// Who takes a town decides its ACLED type: the state regains territory, a non-state group overtakes it.
function territoryClass(actors: EventMention['actors']): { label: string; acled: AcledSubtype } | undefined {
  const kind = actors.find((a) => a.actor)?.actor?.kind;
  if (kind && STATE_KINDS.has(kind)) return { label: 'GOV_REGAINS_TERIT', acled: 'Government regains territory' };
  if (kind && NON_STATE_KINDS.has(kind)) return { label: 'NON_STATE_ACTOR_OVERTAKES_TER', acled: 'Non-state actor overtakes territory' };
  return undefined;
}

function isNominal(tokens: readonly Token[], m: TriggerMatch): boolean {
  return /^(NOUN|PROPN|ADJ)$/.test(tokens[m.last - 1].pos);
}

function nominalKey(m: TriggerMatch): string {
  return `${m.entry.type}:${m.entry.mode ?? ''}:${m.entry.acled ?? m.entry.otherClass ?? ''}`;
}

// 'the cease-fire' again, in a sentence that gives it no date of its own, is the ceasefire already recorded.
function isRepeatedNominal(input: SentenceInput, m: TriggerMatch): boolean {
  const { tokens } = input;
  if (!isNominal(tokens, m) || !input.seenNominal.has(nominalKey(m))) return false;
  const definite = tokens.slice(Math.max(input.sentence.tokenStart, m.first - 2), m.first).some((t) => t.lower === 'the' || t.lower === 'this');
  return definite && !input.times.some((t) => t.type === 'DATE');
}

function buildEvent(input: SentenceInput, match: TriggerMatch, clause: { first: number; last: number }, argumentClause: { first: number; last: number },
  scores: readonly LabelScore[], siblings: readonly TriggerMatch[] = []): EventMention {
  const { tokens } = input;
  const entry = match.entry;
  const chosen = chooseClass(entry, scores);
  let mode = entry.mode ?? chosen.coding?.mode;
  let cameo = entry.mode ? entry.cameo : chosen.coding?.type === entry.type ? chosen.coding.cameo ?? entry.cameo : entry.cameo;
  if (entry.type === 'CONSULT') {
    const span = tokenSpan(tokens, clause.first, clause.last);
    // A place after 'in' or 'to' ('in Moscow') is where the meeting is, so someone travelled there.
    const hasPlace = input.places.some((p) => !p.metonymic && p.span.start >= span.start && p.span.end <= span.end
      && /\b(in|to)\s+$/i.test(input.text.slice(Math.max(0, p.span.start - 4), p.span.start)));
    const coding = consultCoding(tokens, clause.first, clause.last, hasPlace);
    if (coding) ({ mode, cameo } = coding);
  }
  // Each trigger of the group may name the parties ('the visit of Kerry …, a 12-hour talks with Lavrov'): the first that does speaks.
  let actors: EventMention['actors'] = [];
  let recipients: EventMention['recipients'] = [];
  for (const m of [match, ...siblings.filter((s) => s !== match)]) {
    const found = assignArguments({
      tokens, candidates: input.candidates(), first: m.first, last: m.last,
      clauseFirst: argumentClause.first, clauseLast: argumentClause.last, type: entry.type, subjectIsRecipient: ACCUSED_SUBJECT.has(m.entry.pattern),
    });
    if (!actors.length) actors = found.actors;
    if (!recipients.length) recipients = found.recipients.filter((r) => !actors.some((a) => a.evidence.start === r.evidence.start));
    if (actors.length && recipients.length) break;
  }
  const territory = entry.type === 'ASSAULT' && entry.mode === 'seize' ? territoryClass(actors) : undefined;
  if (territory) Object.assign(chosen, territory);
  return {
    trigger: tokenSpan(tokens, match.first, match.last),
    triggerText: input.text.slice(tokens[match.first].start, tokens[match.last - 1].end),
    sentence: input.index,
    type: entry.type,
    mode, cameo,
    acled: chosen.acled,
    otherClass: chosen.acled ? undefined : chosen.otherClass,
    actors, recipients,
    clause: tokenSpan(tokens, clause.first, clause.last),
    rule: `trigger:${entry.pattern}` + (entry.acled || entry.otherClass ? '' : ` + classifier:${chosen.label}`),
    // A verb states the act; a noun more often names one already told ('the attack', 'the talks').
    // The lead sentence states the story's main event, as news is written.
    confidence: Math.round(Math.min(1, 0.5 * entry.weight + 0.5 * chosen.p + (tokens[match.first].pos === 'VERB' ? VERB_BONUS : 0)
      + (input.index === 0 ? LEAD_BONUS : 0)) * 1000) / 1000,
  };
}
