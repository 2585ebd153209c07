import type { Attribution } from '../../model/source.js';
import type { Span } from '../../model/span.js';
import { spanContains } from '../../model/span.js';

/**
 * The attribution nearest to a span among those whose content holds it: the innermost claim.
 * Example: in "X said that Y told AFP that jets struck", the strike is Y's claim (relayed by X's).
 */
export function coveringAttribution(attributions: readonly Attribution[], span: Span): Attribution | undefined {
  return attributions
    .filter((a) => spanContains(a.content, span))
    .sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start))[0];
}
