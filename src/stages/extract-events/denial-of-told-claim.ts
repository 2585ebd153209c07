import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Nouns that stand for what was just told: ', a claim the army denied'.
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'charge', 'report', 'assertion', 'account', 'version']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** How far back the relative word or claim noun may stand ('a claim the local military source denied'). */
const REACH = 6;

/**
 * True for a denial tacked onto a claim the sentence has just told (', which both deny', ', a claim the army
 * denied'): the verb has no object of its own because its object is that claim, so it adds no new act; the
 * claim is what is disputed. A denial with its own object ('The army denied the claim') stays an event.
 */
export function isDenialOfToldClaim(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (first.lemma !== 'deny' || match.last !== match.first + 1) return false;
  // No object: the clause ends right after the verb.
  const next = match.last < sentenceEnd ? tokens[match.last] : undefined;
  if (next && !/^[.,;)]$/.test(next.text)) return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    const t = tokens[i];
    if (t.lower === 'which' || CLAIM_NOUNS.has(t.lemma)) {
      // The relative or the appositive follows a comma: it comments on the clause before it.
      const opener = CLAIM_NOUNS.has(t.lemma) && ARTICLES.has(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      return opener > sentenceStart && tokens[opener - 1].text === ',';
    }
    if (/^[.,;:]$/.test(t.text)) return false;
  }
  return false;
}
