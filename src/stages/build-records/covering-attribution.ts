import type { Attribution } from '../../model/source.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';

/**
 * The attribution nearest to a span among those whose content holds it: the innermost claim.
 * Example: in "X said that Y told AFP that jets struck", the strike is Y's claim (relayed by X's).
 */
export function coveringAttribution(attributions: readonly Attribution[], span: Span): Attribution | undefined {
  // One pass keeping the shortest (the first of equals, as a stable sort would): every mention asks, more than once.
  let best: Attribution | undefined;
  for (const a of attributions) {
    if (spanContains(a.content, span) && (best === undefined || a.content.end - a.content.start < best.content.end - best.content.start)) best = a;
  }
  return best;
}
