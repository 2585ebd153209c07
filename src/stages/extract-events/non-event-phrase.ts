import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { matchWords } from './find-triggers.js';
import { parsePattern, type PatternWord } from './trigger-lexicon.js';
import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';

// A non-event phrase starts at most this many tokens before the trigger it hides ('at the government's request').
const REACH = 4;

let byFirst: Map<string, PatternWord[][]> | undefined;

/** data/lexicons/non-event-phrases.tsv indexed by its first word, loaded on first use. */
function phrases(): Map<string, PatternWord[][]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const row of readTsv(dataPath('lexicons', 'non-event-phrases.tsv'))) {
    const words = parsePattern(row.pattern);
    const first = words[0];
    if (first.kind !== 'word') throw new Error(`non-event-phrases.tsv line ${row.line}: a pattern must open with a plain word, not "${row.pattern}".`);
    const list = byFirst.get(first.text) ?? [];
    list.push(words);
    byFirst.set(first.text, list);
  }
  return byFirst;
}

function coversFrom(list: readonly PatternWord[][] | undefined, tokens: readonly Token[], at: number, trigger: number, end: number): boolean {
  return list !== undefined && list.some((words) => matchWords(words, tokens, at, end) > trigger);
}

/**
 * True when the trigger's first word lies inside a phrase that reports no act ('at the request of
 * mediators', 'was sworn in'): see data/lexicons/non-event-phrases.tsv.
 */
export function inNonEventPhrase(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const index = phrases();
  for (let i = Math.max(sentenceStart, match.first - REACH); i <= match.first; i++) {
    const t = tokens[i];
    if (coversFrom(index.get(t.lower), tokens, i, match.first, sentenceEnd)) return true;
    if (t.lemma !== t.lower && coversFrom(index.get(t.lemma), tokens, i, match.first, sentenceEnd)) return true;
  }
  return false;
}
