import type { Token } from '../../model/token.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import { isCapitalWord, isUpperWord, wordKey } from '../../lexicons/phrase-words.js';

const QUOTES = '"“”«»\'‘’(';
/** Words joined by hyphens inside one token: 'Co-operation', 'Jabhat-al-Nusra'. */
const HYPHENATED = /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u;
// One of QUOTES alone, as /^["“”«»'‘’(]$/ tests it, without a regex run on every token.
const isQuote = (text: string) => text.length === 1 && QUOTES.includes(text);

/**
 * The article's tokens as words to match lexicon phrases against. A hyphen that joins two words
 * ('al-Nusra', 'U.S.-led') is dropped, because lexicon phrases split on hyphens too.
 */
export function textWords(tokens: readonly Token[]): TextWord[] {
  const words: TextWord[] = [];
  let sentence = -1;
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      first = true;
    }
    if (t.text.length === 1 && (t.text === '-' || t.text === '–') && i > 0 && tokens[i - 1].end === t.start && tokens[i + 1]?.start === t.end) continue;
    // "Workers' Party": a plural possessive inside a name is written both ways, and the lexicon lists it without the apostrophe.
    if (t.text.length === 1 && (t.text === "'" || t.text === '’') && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].lower.endsWith('s')
      && tokens[i + 1] !== undefined && tokens[i + 1].start > t.end && isCapitalWord(tokens[i + 1].text) && isCapitalWord(tokens[i - 1].text)) continue;
    if (t.text.length > 2 && t.text.includes('-') && HYPHENATED.test(t.text)) {
      // wink-nlp keeps a word it knows whole ('Co-operation'); lexicon phrases split it like any other hyphen.
      let at = t.start;
      for (const part of t.text.split('-')) {
        words.push({ key: wordKey(part), text: part, start: at, end: at + part.length, token: i, sentence, first, pos: t.pos, upper: isUpperWord(part), capital: isCapitalWord(part) });
        at += part.length + 1;
        first = false;
      }
      continue;
    }
    words.push({ key: wordKey(t.text, t.lower), text: t.text, start: t.start, end: t.end, token: i, sentence, first, pos: t.pos, upper: isUpperWord(t.text), capital: isCapitalWord(t.text) });
    // An opening quote keeps the next word sentence-initial: '“We do our homework,” said Kerry'.
    if (!isQuote(t.text)) first = false;
  }
  return words;
}
