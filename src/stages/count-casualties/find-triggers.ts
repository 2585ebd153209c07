import type { Word } from './scan-words.js';
import { isPunctuation } from './scan-words.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import type { FigurePhrase } from './find-figures.js';

/** A trigger word of the sentence. Example ('death toll'): { start: 4, end: 6, outcome: 'killed' } (word indexes). */
export interface Trigger {
  start: number;
  end: number;
  outcome: 'killed' | 'injured';
}

// Grammar words, not lexicon entries: what may stand between a count and its verb ("16 civilians were
// reportedly killed"), between a toll and its count ("the toll rose to 45"), and what ends a clause.
const FILLER_AFTER = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'reportedly', 'also', 'all', 'who', 'later', 'allegedly', 'got', 'found', 'left', 'shot', 'confirmed', 'now', 'already', 'both',
  // "more than 1400 are estimated to have been killed", "were reported killed"
  'estimated', 'believed', 'thought', 'said', 'reported', 'feared', 'presumed', 'to', 'be', 'sustained', 'suffered']);
// Toll verbs in the past and, as headlines tell them, the present ('Death toll rises to 14').
const TOLL_VERB_FORMS = ['rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'reached', 'reaches', 'reaching', 'jumped', 'jumps',
  'increased', 'increases', 'stood', 'stands', 'hit', 'hits', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops', 'mounted', 'mounts', 'soared', 'soars'];
const LINK_BEFORE = new Set([...TOLL_VERB_FORMS, 'of', 'to', 'at', 'stand', 'now', 'has', 'have', 'had', 'is', 'was', 'the', 'further', 'put', 'putting', 'raising', 'raised', 'bringing', 'brought', 'total', 'a', 'another', 'including']);
const FOLLOW_NOUNLESS = new Set(['in', 'on', 'at', 'and', 'during', 'when', 'while', 'after', 'including', 'since', 'near', 'inside', 'across', 'overnight', 'yesterday', 'today', 'so', 'by', 'as', 'with', 'from', 'among', 'others', 'more',
  // FA-KES-style text drops commas: "wounded 22 it said", "killing 12 the Observatory said".
  'it', 'they', 'he', 'she', 'according', 'said', 'says', 'reported', 'the', 'its', 'their', 'but', 'then', 'over', 'last',
  'this', 'earlier', 'late', 'early', 'mostly', 'mainly', 'most', 'many', 'some', 'all', 'of', 'for', 'amid', 'across']);
/** Words that end a clause: a count never takes a trigger across them. */
export const BOUNDARY = new Set(['saying', 'that', 'when', 'where', 'while', 'after', 'before', 'because', 'but', 'although', 'though', 'whereas', 'since', ';', ':', 'said', 'says', 'told', 'added', 'meanwhile']);
const WINDOW = 10;
const TOLL_VERBS = new Set(TOLL_VERB_FORMS);
const SUBSET = new Set(['including', 'among', 'them', 'whom']);

/** Every trigger of the sentence, in order. */
export function findTriggers(words: Word[], lexicon: CasualtyLexicon): Trigger[] {
  const triggers: Trigger[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!lexicon.words.starts(words[i].lower)) continue;
    const hit = lexicon.words.match(words, i);
    if (!hit) continue;
    if (hit.entry.role === 'killed' || hit.entry.role === 'injured') triggers.push({ start: i, end: hit.end, outcome: hit.entry.role });
    if (hit.entry.role !== 'category') i = hit.end - 1;
  }
  return triggers;
}

/** The trigger right after a count and its noun, over auxiliaries: "16 civilians were reportedly killed". */
export function triggerRightAfter(words: Word[], triggers: Trigger[], from: number, hasNoun: boolean): Trigger | undefined {
  let k = from;
  // "6 Lebanese martyrs": a count with no noun may take a name-like adjective before a noun trigger.
  // A trigger ends the walk: in '20 Dead Dozens Wounded' the count's verb is 'Dead', not the one past 'Dozens'.
  while (!hasNoun && k < words.length && k - from < 2 && /^[A-Z][a-z]/.test(words[k].text) && !triggers.some((t) => t.start === k)) k++;
  // "Fifteen Assyrians were killed": a people's name the lexicon lacks, then its verb over auxiliaries.
  // (Lower case only: in a title-case headline 'Two Scud Missiles Were Fired' names no people.)
  const named = k > from && /^(?:were|are|have|had)$/.test(words[k]?.text ?? '');
  if (k > from && !named && !triggers.some((t) => t.start === k)) k = from;
  if (hasNoun) k = pastIncludedPart(words, triggers, k);
  while (k < words.length && (FILLER_AFTER.has(words[k].lower) || words[k].text === ',') && k - from < 6) k++;
  const trigger = triggers.find((t) => t.start === k);
  // "killed 30 people injured 90": a verb with its own count after it is not this count's verb, unless that count
  // has a verb of its own right after it ("2 Killed 10 Injured").
  if (trigger && k === from && /^\d/.test(words[trigger.end]?.text ?? '') && !countHasOwnVerb(words, triggers, trigger.end)) return undefined;
  return trigger;
}

// How many words a part named inside a count's phrase may take ('including three young children').
const PART_WORDS = 4;
const AUXILIARY = /^(?:were|was|are|have|had)$/;

/**
 * "Twenty civilians including children were treated for burns": a part named right after the count's noun stands
 * between the count and its verb; the verb after it is the whole count's. Returns where the verb's auxiliary starts,
 * or `k` when no such part is there (no auxiliary within PART_WORDS words, or a comma or a trigger first).
 */
function pastIncludedPart(words: Word[], triggers: Trigger[], k: number): number {
  if (words[k]?.lower !== 'including') return k;
  for (let j = k + 1; j < words.length && j <= k + PART_WORDS; j++) {
    if (AUXILIARY.test(words[j].lower)) return j;
    if (isPunctuation(words[j]) || triggers.some((t) => t.start === j)) return k;
  }
  return k;
}

// "10 Injured", "10 others injured": the count at `at` and a verb of its own right after it (over "others", "people").
function countHasOwnVerb(words: Word[], triggers: Trigger[], at: number): boolean {
  let k = at + 1;
  if (/^(?:others|people|persons)$/.test(words[k]?.lower ?? '')) k++;
  return triggers.some((t) => t.start === k);
}

// "killing at least 12", "the death toll rose to 45", "the bodies of 9". A figure with no noun
// must be followed by a clause end or a preposition, so "killing two birds" counts nothing.
export function triggerRightBefore(words: Word[], triggers: Trigger[], p: FigurePhrase, hasNoun: boolean): Trigger | undefined {
  if (!hasNoun) {
    const next = words[p.end];
    const ok = !next || isPunctuation(next) || FOLLOW_NOUNLESS.has(next.lower) || /^[A-Z\d]/.test(next.text);
    if (!ok) return undefined;
  }
  let k = p.start;
  // The nearest trigger first: "the death of eight" ends its trigger with a link word ('of') the walk would step over.
  for (;;) {
    const ending = triggers.find((t) => t.end === k);
    if (ending) return ending;
    if (!(k > 0 && LINK_BEFORE.has(words[k - 1].lower) && p.start - k < 5)) break;
    k--;
  }
  // "rose from 12 to 15": the change, not a range; step over the old figure.
  if (words[k]?.lower === 'to' && k >= 2 && /\d/.test(words[k - 1].text) && words[k - 2].lower === 'from') {
    k -= 2;
    while (k > 0 && LINK_BEFORE.has(words[k - 1].lower) && p.start - k < 9) k--;
  }
  return triggers.find((t) => t.end === k);
}

// "The death toll from a bomb blast on a bus convoy outside Aleppo reached at least 112": a toll and its
// verb may stand far from the count.
export function tollBefore(words: Word[], triggers: Trigger[], p: FigurePhrase): Trigger | undefined {
  let k = p.start;
  while (k > 0 && /^(?:to|at|of|now|has|had|have|further)$/.test(words[k - 1].lower)) k--;
  if (!TOLL_VERBS.has(words[k - 1]?.lower ?? '')) return undefined;
  const toll = [...triggers].reverse().find((t) => t.end < k && (/toll$/.test(words[t.end - 1].lower) || numberOf(words, t.start)));
  if (!toll || words.slice(toll.end, k).some((w) => BOUNDARY.has(w.lower)) || triggers.some((t) => t.start > toll.end && t.end <= k)) return undefined;
  return toll;
}

// "the number of (civilians) killed", "the number of dead": a toll said in words.
function numberOf(words: Word[], at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= 3; k--) if (words[k].lower === 'of' && words[k - 1].lower === 'number') return true;
  return false;
}

/** The nearest trigger in the count's clause, within WINDOW words; a part ("including 4 children") looks back first. */
export function nearestTrigger(words: Word[], triggers: Trigger[], start: number, end: number): Trigger | undefined {
  // A part of a count ("including 4 children", "among them 10 children") shares the count's trigger, before it.
  const isSubset = words.slice(Math.max(0, start - 3), start).some((w) => SUBSET.has(w.lower))
    || (words[end]?.lower === 'of' && /^(?:them|whom)$/.test(words[end + 1]?.lower ?? ''));
  if (isSubset) {
    const before = [...triggers].reverse().find((t) => t.end <= start && start - t.end <= WINDOW * 2 && !words.slice(t.end, start).some((w) => BOUNDARY.has(w.lower)));
    if (before) return before;
  }
  let best: Trigger | undefined;
  let bestDistance = Infinity;
  for (const t of triggers) {
    // A trigger inside the count's phrase ("12 of the dead were fighters") is its own.
    const distance = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    if (distance > WINDOW || distance >= bestDistance) continue;
    // "condemned the killing": a trigger used as a noun after the count says nothing about it,
    // unless the count is among them ("three children were among the dead", "of the dead").
    const determined = /^(?:the|a|this|that|his|her|their)$/.test(words[t.start - 1]?.lower ?? '');
    if (t.start >= end && determined && !/^(?:among|of)$/.test(words[t.start - 2]?.lower ?? '')) continue;
    const [from, to] = t.end <= start ? [t.end, start] : [end, t.start];
    if (words.slice(from, to).some((w) => BOUNDARY.has(w.lower))) continue;
    best = t;
    bestDistance = distance;
  }
  return best;
}

// "killed or wounded", "dead and injured": one number for both outcomes says neither.
export function isCombined(words: Word[], trigger: Trigger, triggers: Trigger[]): boolean {
  const joinerAfter = words[trigger.end]?.lower;
  const joinerBefore = words[trigger.start - 1]?.lower;
  const other = (t: Trigger | undefined) => t !== undefined && t.outcome !== trigger.outcome;
  if ((joinerAfter === 'or' || joinerAfter === 'and') && other(triggers.find((t) => t.start === trigger.end + 1))) {
    return true;
  }
  if ((joinerBefore === 'or' || joinerBefore === 'and') && other(triggers.find((t) => t.end === trigger.start - 1))) return true;
  return false;
}
