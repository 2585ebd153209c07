import type { Token } from '../../model/token.js';

/** Words that open a verb's object: 'shot him', 'shot the judge', 'shot three smugglers', 'shot at a boat'. */
const OBJECT_OPENERS = new Set(['him', 'her', 'them', 'me', 'us', 'the', 'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'his', 'their', 'several', 'dozens', 'at']);
/** Pronouns that own the noun after them ('his shot at goal'): no subject. */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * The tagger reads a verb right after a noun as the second noun of a compound ('forces shot him',
 * 'gunmen shot the judge'): with a subject before it and an object after it, the word is the verb.
 */
export function readsAsVerb(tokens: readonly Token[], i: number, end = tokens.length): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (tokens[i].pos !== 'NOUN' || before === undefined || after === undefined || i + 1 >= end) return false;
  const subject = before.pos === 'PROPN' || (before.pos === 'PRON' && !POSSESSIVES.has(before.lower)) || before.pos === 'NOUN';
  // A name for object too ('an international force patrols Kandahar'), but not a day ('the army patrol Monday').
  const named = after.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && !DAY_NAMES.test(after.lower);
  return subject && (OBJECT_OPENERS.has(after.lower) || after.pos === 'NUM' || named || barePluralAgreement(tokens, i));
}

/** Prepositions of ground after an intransitive verb of moving: 'policemen patrol in rural areas', 'crowds march through'. */
const GROUND_PREPOSITIONS = new Set(['in', 'along', 'through', 'around', 'across']);
const PLURAL_SUBJECT = /(?:s|men|police|people)$/;

/**
 * A bare form after a plural subject agrees with it as a verb ('policemen patrol in'): a noun there would be plural
 * too ('army patrols'), and an article before the subject makes the pair one singular noun ('a police patrol in').
 */
function barePluralAgreement(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].lower;
  const subject = tokens[i - 1];
  return !word.endsWith('s') && GROUND_PREPOSITIONS.has(tokens[i + 1].lower) && subject.pos !== 'PRON' && PLURAL_SUBJECT.test(subject.lower)
    && tokens[i - 2]?.lower !== 'a' && tokens[i - 2]?.lower !== 'an';
}

const DAY_NAMES = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

// A participle the tagger took for a noun, followed by its object ('unknown men abducted eight members', ', abducting the
// sister of'): a verb, which tells an act, with or without a subject before it.
const PARTICIPLE = /(?:ed|ing)$/;
const OBJECT_START = new Set(['DET', 'NUM']);

/** True when the token opens an object ('the sister', 'eight members'); 'that' opens a clause ('warning that'). */
export function opensObject(next: Token | undefined): boolean {
  return next !== undefined && OBJECT_START.has(next.pos) && next.lower !== 'that';
}

export function participleTakesObject(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  if (!PARTICIPLE.test(head.lower) || head.lower.length < 5) return false;
  return opensObject(tokens[i + 1]);
}
