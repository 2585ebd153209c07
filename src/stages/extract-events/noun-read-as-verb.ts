import type { Token } from '../../model/token.js';

/** Words that open a verb's object: 'shot him', 'shot the judge', 'shot three smugglers', 'shot at a boat'. */
const OBJECT_OPENERS = new Set(['him', 'her', 'them', 'me', 'us', 'the', 'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'his', 'their', 'several', 'dozens', 'at',
  'himself', 'herself', 'themselves']);
/** What follows a passive participle of an act: 'were shot in the head', 'was shot by gunmen', 'was shot dead'. */
const AFTER_PASSIVE = new Set(['in', 'by', 'dead', 'and', 'at', 'on', 'to', 'twice', 'several', 'three', 'while', 'as', 'near', 'outside', 'inside']);
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
  // 'Both were shot in the head': after a form of 'be', a bare (not plural) word before a preposition or 'dead' is a passive participle.
  if (before.pos === 'AUX' && before.lemma === 'be' && !tokens[i].lower.endsWith('s') && AFTER_PASSIVE.has(after.lower)) return true;
  // 'Bishara, a communist activist, shot Lahd': a comma that closes an apposition to the subject stands before the verb.
  const subject = before.pos === 'PROPN' || (before.pos === 'PRON' && !POSSESSIVES.has(before.lower)) || before.pos === 'NOUN' || closesApposition(tokens, i - 1);
  // A name for object too ('an international force patrols Kandahar'), but not a day ('the army patrol Monday').
  const named = after.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && !DAY_NAMES.test(after.lower);
  return subject && (OBJECT_OPENERS.has(after.lower) || after.pos === 'NUM' || named || barePluralAgreement(tokens, i));
}

/**
 * True when the comma at `comma` closes an apposition that opened with a comma after a name at the start of the clause
 * ('Bishara, a communist activist,'; 'The killer, possibly wearing a wig,'): the name before it is the subject.
 */
function closesApposition(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  for (let j = comma - 1, steps = 0; j > 0 && steps < 12; j--, steps++) {
    const t = tokens[j];
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') || t.pos === 'AUX' || t.text === '.' || t.text === ';') return false;
    if (t.text === ',') return tokens[j - 1].pos === 'PROPN' || tokens[j - 1].pos === 'NOUN';
  }
  return false;
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
