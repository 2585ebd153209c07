// Function words the argument rules read a clause by, shared by assign-arguments and its helpers.

/** Auxiliaries of the passive ('were killed', 'has been shelled'). */
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Quote marks a reporter sets around an official's word ('had been "neutralized"'): they do not part it from its auxiliary. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** The token before the verb at i, past the quote marks that open it. */
export function beforeQuotes(tokens: readonly { lower: string }[], i: number): number {
  let k = i - 1;
  while (k >= 0 && QUOTES.has(tokens[k].lower)) k--;
  return k;
}

/** Articles a party's name may follow ('carried out by the coalition'). */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Verbs of saying: the party before them speaks ('SOHR said'). */
export const REPORTING = new Set(['say', 'said', 'says', 'report', 'reported', 'tell', 'told', 'state', 'stated', 'add', 'added', 'confirm', 'confirmed', 'note', 'noted', 'quote', 'quoted', 'cite', 'cited']);

/**
 * 'denied that jets were bombing the farms and said troops were fighting smugglers': 'and' before a verb of saying
 * opens the speaker's next statement, so the acts on either side of it (tokens [from, to)) are two events, however alike.
 */
export function newStatementBetween(tokens: readonly { lower: string; pos: string }[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) if (tokens[i].lower === 'and' && tokens[i + 1].pos === 'VERB' && REPORTING.has(tokens[i + 1].lower)) return true;
  return false;
}
