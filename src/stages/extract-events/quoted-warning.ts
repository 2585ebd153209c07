import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

const QUOTE = /^["“”]$/;
// The speaker's own side: 'We will respond', 'I will not let them': a quoted threat names who will act.
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'my', 'me', "we'll", "i'll"]);
// What a warning aimed at someone takes after its verb: 'warned that', 'warned of', 'warned against', 'warned Israel'.
const WARNING_OBJECT = /^(that|of|against|about|on)$/;
const OBJECT_TAG = /^(NOUN|PROPN|PRON)$/;

/**
 * True when 'warned' only reports a quote said before it, with no object of its own and no first person in the quote
 * ('"Defeating the group on the battlefield is not enough," the general warned'): a forecast or advice, not a threat
 * the speaker makes. '"We will strike back," the general warned' keeps its threat.
 */
export function isQuotedWarning(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const first = tokens[match.first];
  if (first.lemma !== 'warn' || first.pos !== 'VERB') return false;
  const next = tokens[match.last];
  if (next && (WARNING_OBJECT.test(next.lower) || OBJECT_TAG.test(next.pos))) return false;
  let quoted = false;
  for (let i = sentenceStart; i < match.first; i++) {
    if (QUOTE.test(tokens[i].text)) quoted = true;
    // 'US' in capitals is the country, not 'us'.
    if (FIRST_PERSON.has(tokens[i].lower) && tokens[i].text !== 'US') return false;
  }
  return quoted;
}
