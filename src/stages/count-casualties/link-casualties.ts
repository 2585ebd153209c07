import type { CasualtyCategory, CasualtyMention } from '../../model/fatalities.js';
import type { Word } from './scan-words.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import type { FigurePhrase } from './find-figures.js';
import { allOfThem, findCategory, sentenceCallsCivilians } from './find-category.js';
import { mostOfThem } from './majority-kind.js';
import { findTriggers, isCombined, nearestTrigger, tollBefore, triggerRightAfter, triggerRightBefore } from './find-triggers.js';

// "not many victims", "no civilians": a negated count is no count. "arresting five others": the object of a
// verb of another fate (other-fate in casualty-words.tsv) is no casualty count, unless a trigger follows it.
const NEGATION = new Set(['not', 'no', 'nor', 'without']);

/**
 * Links each figure to who was counted (its noun) and what happened to them (its trigger): the trigger
 * right after the count, else right before it, else a toll's verb, else the nearest in its clause.
 * Figures with no trigger give nothing.
 */
export function linkCasualties(words: Word[], figures: FigurePhrase[], sentence: number, lexicon: CasualtyLexicon): CasualtyMention[] {
  const triggers = findTriggers(words, lexicon);
  if (triggers.length === 0) return [];
  const nounIndexes = new Set<number>();
  const read = figures.map((p) => {
    const noun = findCategory(words, p, lexicon);
    if (noun) nounIndexes.add(noun.index);
    return { p, noun };
  });
  const calledCivilians = sentenceCallsCivilians(words, nounIndexes);
  const mentions: CasualtyMention[] = [];
  for (const { p, noun } of read) {
    if (!noun && p.yearLike) continue;
    if (NEGATION.has(words[p.start - 1]?.lower ?? '') || kinOfCount(words, p.start)) continue;
    const after = noun ? noun.end : p.end;
    if (lexicon.words.match(words, p.start - 1)?.entry.role === 'other-fate' && !triggerRightAfter(words, triggers, after, Boolean(noun))) continue;
    const direct = triggerRightAfter(words, triggers, after, Boolean(noun)) ?? triggerRightBefore(words, triggers, p, Boolean(noun)) ?? tollBefore(words, triggers, p);
    const ownVerb = Boolean(noun) && hasOwnVerb(words, after, triggers);
    const trigger = direct ?? (noun ? nearestTrigger(words, ownVerb ? triggers.filter((t) => t.start >= after) : triggers, p.start, after) : undefined);
    if (!trigger || isCombined(words, trigger, triggers) || (!direct && countsOthers(words, trigger, after, figures, ownVerb))) continue;
    let category: CasualtyCategory = noun?.category ?? 'unspecified';
    if (category === 'unspecified') category = allOfThem(words, after, lexicon) ?? mostOfThem(words, after, lexicon) ?? category;
    if (category === 'unspecified' && calledCivilians && noun) category = 'civilian';
    mentions.push({
      outcome: trigger.outcome,
      category,
      figure: p.figure,
      trigger: { start: words[trigger.start].start, end: words[trigger.end - 1].end },
      sentence,
    });
  }
  return withOpenParts(mentions);
}

// Plural nouns of the people or homes that belong to others: 'the families of five rebels', 'the homes of two officials'.
// Not a singular: 'a family of six' counts the family's members.
const BELONGING = new Set(['families', 'relatives', 'wives', 'husbands', 'parents', 'sons', 'daughters', 'mothers', 'fathers', 'children', 'homes', 'houses']);

/**
 * 'executed the families of five alleged rebels': a count after '<kin> of' names whose families they were, not who
 * was killed; the kin are the victims, and the count is not a toll.
 */
function kinOfCount(words: Word[], start: number): boolean {
  let k = start - 1;
  if (/^(?:the|those|these)$/.test(words[k]?.lower ?? '')) k--;
  return words[k]?.lower === 'of' && BELONGING.has(words[k - 1]?.lower ?? '');
}

// Past forms that, after a count's noun, describe the people counted rather than tell what they did.
const NOT_OWN_VERB = new Set(['included', 'aged', 'named', 'based', 'armed', 'displaced', 'injured', 'wounded', 'detained', 'trapped']);

/**
 * "Four people died and nine others suffered burns": a count whose noun is followed by a verb of its own
 * (a past form that is no trigger) is that verb's subject, in a clause of its own: a trigger before it
 * belongs to the earlier clause.
 */
function hasOwnVerb(words: Word[], after: number, triggers: readonly { start: number }[]): boolean {
  const next = words[after];
  if (!next || !/^[a-z]+ed$/.test(next.text) || NOT_OWN_VERB.has(next.lower)) return false;
  return !triggers.some((t) => t.start === after);
}

/**
 * 'Dozens of gunmen stormed the village, killing three farmers', '… and killed 20 people': a verb after the count
 * (a participle, or a second verb of the count's own subject) that gives its own count right after it tells who
 * died; the count before it is of those who did the killing.
 */
function countsOthers(words: Word[], trigger: { start: number; end: number }, after: number, figures: FigurePhrase[], ownVerb: boolean): boolean {
  if (trigger.start < after || !figures.some((f) => f.start >= trigger.end && f.start - trigger.end <= 3)) return false;
  // A finite verb counts others only as the second verb of the count's own subject ('stormed … and killed 20').
  return /ing$/.test(words[trigger.start].lower) || (ownVerb && words[trigger.start - 1]?.lower === 'and');
}

/**
 * "at least 19 civilians, including three children": if more than 19 died, more than three of them may
 * be children, so a part (children, women) of an open-ended toll with the same trigger is open-ended too.
 */
function withOpenParts(mentions: CasualtyMention[]): CasualtyMention[] {
  const openTotals = mentions.filter((m) => m.figure.high === null && (m.category === 'civilian' || m.category === 'unspecified'));
  if (!openTotals.length) return mentions;
  return mentions.map((m) => {
    if ((m.category !== 'children' && m.category !== 'women') || m.figure.high === null) return m;
    const total = openTotals.find((t) => t.outcome === m.outcome && t.trigger.start === m.trigger.start && t.figure.low > m.figure.low);
    return total ? { ...m, figure: { ...m.figure, high: null } } : m;
  });
}
