// One copy of each token string, and that copy internalized by V8. Why: stages compare token text with
// literals (`t.lower === 'and'`); V8 compiles such a compare for internalized strings while every string
// seen so far was one, and throws the compiled function away when a fresh string (a lower-cased word, a
// word wink-nlp cut out of the text) first reaches it. wink-nlp's vocabulary strings are internalized.
const seen = new Map<string, string>();

// A bound on the table, so a long run over varied text does not keep every word it ever saw.
const MAX_WORDS = 200_000;
const DIGITS = /^[0-9]+$/;

/** The interned copy of `word`: equal to it, and the same string for every equal word. Example: internWord('and') */
export function internWord(word: string): string {
  const known = seen.get(word);
  if (known !== undefined) return known;
  if (seen.size >= MAX_WORDS) seen.clear();
  // A computed property key is internalized, but an index-like key ('12') comes back as a number's
  // string; JSON.parse internalizes the short strings it reads.
  const interned = DIGITS.test(word) ? (JSON.parse(`"${word}"`) as string) : Object.keys({ [word]: 0 })[0];
  seen.set(interned, interned);
  return interned;
}
