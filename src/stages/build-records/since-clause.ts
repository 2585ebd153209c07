import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';

/** How many words may stand between 'since' and the event it opens: 'since the rebel offensive began'. */
const REACH = 4;

/**
 * Where a 'since' clause that tells the event begins, when one does: 'their first meeting since
 * clashes erupted around Hodeidah in June' tells the clashes apart from the meeting, so the
 * clashes take their date and place from the words after 'since', never from the main clause
 * before it. Undefined when no 'since' opens the event's words (a comma or a verb stands between).
 */
export function sinceClauseStart(trigger: Span, tokens: readonly Token[]): number | undefined {
  const at = firstTokenFrom(tokens, trigger.start);
  for (let i = at - 1; i >= 0 && at - i <= REACH; i--) {
    const t = tokens[i];
    if (t.lower === 'since') return t.end;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}
