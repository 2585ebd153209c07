import type { Attribution } from '../../model/source.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';

// Cues that do the act they name when their object is a noun phrase: declaring a ceasefire is the ceasefire.
const PERFORMATIVE = new Set(['declare', 'announce', 'proclaim']);
// What may stand between the cue and the act it names: 'declared a 30-day state of siege', 'announced its new sanctions',
// 'announced on Wednesday a 72-hour ceasefire'.
const MODIFIER_POS = /^(DET|ADJ|NUM|PRON|PUNCT|NOUN|ADP|PROPN)$/;
const MAX_MODIFIERS = 6;

/**
 * 'The government declared a state of siege', 'Hizbollah declared a unilateral ceasefire': the speaker of a
 * performative cue whose object is the act itself is the one who acts, not a source reporting someone else's act.
 * Not when the act has a verb of its own ('announced the attack had killed five': a report of the attack).
 */
export function declaresTheAct(claim: Attribution | undefined, trigger: Span, tokens: readonly Token[]): boolean {
  if (!claim || !PERFORMATIVE.has(claim.cueWord) || claim.content.start < claim.cue.start) return false;
  const from = firstTokenFrom(tokens, claim.content.start);
  const at = firstTokenFrom(tokens, trigger.start);
  if (at - from > MAX_MODIFIERS) return false;
  for (let i = from; i < at; i++) if (!MODIFIER_POS.test(tokens[i].pos)) return false;
  const after = firstTokenFrom(tokens, trigger.end);
  return !(after < tokens.length && /^(VERB|AUX)$/.test(tokens[after].pos));
}
