/** How far from its given offset a gold phrase may have drifted and still be found. */
const WINDOW = 40;

/**
 * Finds a gold toponym's phrase at or near its given offset: some articles of these corpora drift by
 * a few characters. Returns the start of the nearest occurrence, or undefined when there is none.
 * Example: anchorToponym('In Paris.', 'Paris', 4, 9) === 3
 */
export function anchorToponym(text: string, phrase: string, start: number, end: number): number | undefined {
  if (phrase === '') return undefined;
  if (text.startsWith(phrase, start)) return start;
  let best: number | undefined;
  let from = Math.max(0, start - WINDOW - phrase.length);
  const limit = start + WINDOW;
  for (let at = text.indexOf(phrase, from); at >= 0 && at <= limit; at = text.indexOf(phrase, from)) {
    if (best === undefined || Math.abs(at - start) < Math.abs(best - start)) best = at;
    from = at + 1;
  }
  return best;
}
