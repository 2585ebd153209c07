import type { Token } from '../../model/token.js';
import type { TriggerEntry, TriggerLexicon, PatternWord } from './trigger-lexicon.js';
import { readsAsVerb, opensObject } from './noun-read-as-verb.js';
import { itemAt } from '../item-at.js';

/**
 * A trigger found in a sentence: the tokens [first, last) it covers and the lexicon entry.
 * Example ('air raids'): { first: 12, last: 14, entry: { pattern: 'air raid', type: 'ASSAULT', … } }
 */
export interface TriggerMatch {
  first: number;
  last: number;
  entry: TriggerEntry;
}

const MAX_GAP = 3;
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

// The tagger often calls a participle it does not know a noun or an adjective ('Gunmen abducted 12 students',
// 'had beheaded two men'), and an -ed form is hardly ever anything else. An -ing form counts as a verb, or as a noun
// that takes an object ('…, abducting the sister of'): the adjective ('a striking result') and the bare noun
// ('an offering', 'warning that') name no act; an -s form on a noun is its plural, matched apart.
function verbFormFits(token: Token, next: Token | undefined): boolean {
  if (token.pos === 'VERB' || token.lower.endsWith('ed')) return true;
  return token.pos === 'NOUN' && token.lower.endsWith('ing') && opensObject(next);
}

function wordMatches(word: PatternWord, token: Token, next?: Token): boolean {
  if (word.kind === 'word') {
    return token.lower === word.text || token.lemma === word.text || (word.plural !== undefined && token.lower === word.plural && token.pos !== 'VERB')
      || (word.verbForms !== undefined && word.verbForms.includes(token.lower) && verbFormFits(token, next));
  }
  if (word.kind === 'prefix') return token.lower.startsWith(word.text);
  return false;
}

/** Matches a pattern's words from token index `at`; returns one past the last token, or -1. */
export function matchWords(words: readonly PatternWord[], tokens: readonly Token[], at: number, end: number): number {
  let t = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (word.kind === 'gap') {
      const next = words[w + 1];
      let found = -1;
      // A hyphen does not count against the gap: 'mounted its long-threatened invasion' is two words between;
      // nor does a day set into the phrase, as wire copy does ('lifted Friday a day-old blockade').
      for (let g = t, skipped = 0; g < end && skipped <= MAX_GAP; g++) {
        if (next && wordMatches(next, tokens[g], tokens[g + 1])) { found = g; break; }
        if (tokens[g].text !== '-' && !DAY_WORDS.has(tokens[g].lower)) skipped++;
      }
      if (found < 0) return -1;
      t = found;
      continue;
    }
    // The tokenizer keeps some hyphened words whole ('counter-offensive'): one token matches 'counter - offensive'.
    const joined = words[w + 1]?.kind === 'word' && (words[w + 1] as { text: string }).text === '-' ? words[w + 2] : undefined;
    if (t < end && word.kind === 'word' && joined?.kind === 'word' && hyphenedWhole(tokens[t], word.text, joined)) { t++; w += 2; continue; }
    if (t >= end || !wordMatches(word, tokens[t], itemAt(tokens, t + 1))) return -1;
    t++;
  }
  return t;
}

/** True when one token is the two words with their hyphen ('counter-offensive', 'counter-offensives'). */
function hyphenedWhole(token: Token, first: string, second: PatternWord & { kind: 'word' }): boolean {
  if (!token.lower.startsWith(`${first}-`)) return false;
  const rest = token.lower.slice(first.length + 1);
  return rest === second.text || rest === second.plural;
}

// The longest (then weightiest) of `entries` that matches at token i, or `best` when none beats it.
// With `firstWord`, only the entries whose first word matches token i are tried (the prefix patterns).
function bestAt(entries: readonly TriggerEntry[] | undefined, tokens: readonly Token[], i: number, end: number, best: TriggerMatch | undefined, firstWord = false): TriggerMatch | undefined {
  if (!entries) return best;
  const token = tokens[i];
  for (const entry of entries) {
    if (firstWord && !wordMatches(entry.words[0], token, tokens[i + 1])) continue;
    if (entry.pos && token.pos !== entry.pos && !(entry.pos === 'NOUN' && token.pos === 'PROPN') && !(entry.pos === 'VERB' && readsAsVerb(tokens, i, end))) continue;
    const last = matchWords(entry.words, tokens, i, end);
    if (last < 0) continue;
    if (!best || last - i > best.last - best.first || (last - i === best.last - best.first && entry.weight > best.entry.weight)) best = { first: i, last, entry };
  }
  return best;
}

/**
 * Every trigger in tokens [start, end): at each token the longest pattern that matches wins, and
 * matches never overlap ('suicide car bomb' hides 'car bomb'). A pattern with a part of speech
 * matches only when its first token has it ('strike' the noun and the verb both count; 'bomb' only as a verb).
 */
export function findTriggers(tokens: readonly Token[], start: number, end: number, lexicon: TriggerLexicon): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  let i = start;
  while (i < end) {
    const token = tokens[i];
    let best = bestAt(lexicon.byFirst.get(token.lower), tokens, i, end, undefined);
    if (token.lemma !== token.lower) best = bestAt(lexicon.byFirst.get(token.lemma), tokens, i, end, best);
    const hyphen = token.lower.indexOf('-');
    if (hyphen > 0) best = bestAt(lexicon.byFirst.get(token.lower.slice(0, hyphen)), tokens, i, end, best);
    if (lexicon.prefixes.length) best = bestAt(lexicon.prefixes, tokens, i, end, best, true);
    if (best) {
      matches.push(best);
      i = best.last;
    } else i++;
  }
  return matches;
}
