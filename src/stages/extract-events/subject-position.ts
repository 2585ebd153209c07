import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';
import { RELATIVE_PRONOUNS } from './clause-marks.js';

// Where a party stands in its sentence, which says whether it can be the subject of a trigger: the word that leads
// its phrase, an apposition, a member noun before 'of', a clause of circumstance.

/** Prepositions of place: a party after them is where something happened ('in Aleppo'), not who did it. */
export const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'inside', 'outside', 'across', 'into', 'around']);

/**
 * Prepositions that lead whom or what an act is aimed at: a party after them is an object, not the subject of the
 * verb that follows. A relative clause with no commas ends on such an object ('Iran which sends weapons to the
 * Houthi rebels welcomed the truce': Iran welcomed it), unless the party is the antecedent of 'who' ('talks with
 * the ministers who blamed Assad').
 */
const OBJECT_PREPS = new Set(['to', 'against', 'toward', 'towards', 'about', 'with', 'on']);

export function objectBeforeVerb(tokens: readonly Token[], c: Candidate, first: number): boolean {
  // An infinitive's subject is the object of the verb before it ('called on the authorities to investigate'); a
  // word after an article or a preposition is no finite verb ('the use of live ammunition').
  const prev = tokens[first - 1];
  if (tokens[first].pos !== 'VERB' || !prev || prev.lower === 'to' || /^(ADP|DET)$/.test(prev.pos)) return false;
  if (!OBJECT_PREPS.has(leadingWord(tokens, c))) return false;
  return !tokens.slice(c.last, first).some((t) => RELATIVE_PRONOUNS.has(t.lower));
}

// The word that leads a party's phrase, past its article and adjectives: 'of' in 'inhabitants of the occupied
// West Bank', 'in' in 'in the northern city'.
export function leadingWord(tokens: readonly Token[], c: Candidate): string {
  const i = leadingIndex(tokens, c);
  return i >= 0 ? tokens[i].lower : '';
}

// Words that open a clause or phrase of circumstance: 'their first meeting since fighting intensified', 'retaliated
// after the attack on their base'. The main clause's subject did not do the act named there.
const CIRCUMSTANCE = new Set(['since', 'after', 'before', 'until', 'following', 'amid', 'despite', 'during']);

/** A noun after a word of circumstance, or a word that is the subject of its own verb there ('since fighting intensified'). */
export function backgroundAct(tokens: readonly Token[], first: number, from: number): boolean {
  let i = first - 1;
  while (i > from && /^(DET|ADJ|NUM)$/.test(tokens[i].pos)) i--;
  if (i < from || !CIRCUMSTANCE.has(tokens[i].lower)) return false;
  return tokens[first].pos !== 'VERB' || tokens[first + 1]?.pos === 'VERB';
}

let members: Set<string> | undefined;

export function memberNouns(): Set<string> {
  members ??= new Set(readTsv(dataPath('lexicons', 'member-nouns.tsv')).map((row) => row.word.toLowerCase()));
  return members;
}

const OPENING_QUOTE = new Set(['"', '\u201c']);

export function leadingIndex(tokens: readonly Token[], c: Candidate): number {
  let i = c.first - 1;
  // An opening quotation mark belongs to the phrase: 'the crimes of "terrorist groups"' is led by 'of'.
  while (i > 0 && i > c.first - 4 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || OPENING_QUOTE.has(tokens[i].text))) i--;
  return i;
}

// The mediator: the nearest party before a third-party act that no preposition leads.
export function mediator(before: readonly Candidate[], tokens: readonly Token[]): Candidate | undefined {
  return before.findLast((c) => !LOCATIVE.has(leadingWord(tokens, c)) && leadingWord(tokens, c) !== 'of');
}

/**
 * 'Pakistan, a key U.S. ally in the war on terror, has refused': a party inside an apposition set off by commas
 * after another party describes that party, which is the subject.
 */
const APPOSITION_REACH = 4;

export function inApposition(tokens: readonly Token[], c: Candidate, before: readonly Candidate[], first: number): boolean {
  const head = before.findLast((p) => p.last < c.first && tokens[p.last]?.text === ',');
  // The apposition opens right after the comma ('Pakistan, a key U.S. ally,'), not a dateline's ('TRIPOLI, March 14 - The …').
  if (!head || c.first - head.last > APPOSITION_REACH) return false;
  for (let i = head.last + 1; i < c.first; i++) if (tokens[i].pos === 'VERB' || tokens[i].text === ',') return false;
  for (let i = c.last; i < first; i++) {
    if (tokens[i].text === ',') return true;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false;
  }
  return false;
}

/**
 * 'The rebels, who hold Aden, said they had fired': a party inside a relative clause set off by commas
 * describes the party before it, and acts in none of the main clause's events after the closing comma.
 */
const RELATIVE_REACH = 20;
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

export function inRelativeClause(tokens: readonly Token[], c: Candidate, from: number, first: number): boolean {
  let opener = -1;
  for (let i = c.first - 1; i > from && i >= c.first - RELATIVE_REACH; i--) {
    if (tokens[i].text !== ',') continue;
    if (RELATIVE_OPENERS.has(tokens[i + 1]?.lower ?? '')) opener = i + 1;
    break;
  }
  if (opener < 0) return false;
  for (let i = c.last; i < first; i++) if (tokens[i].text === ',') return true;
  return false;
}
