import type { Span } from '../../model/span.js';

/** A dateline's city: written in capitals ('BEIRUT', 'DUBAI', 'SAN SALVADOR'). */
const DATELINE_CITY = /^[A-Z][A-Z .'-]{2,}$/;

/**
 * True when the span is the city of a dateline ('DUBAI, Aug 16 (Reuters) -'): where the story was
 * filed, neither a party to its events nor their place. The city opens its line, in capitals, and a
 * comma follows it.
 * Example: isDateline({ start: 0, end: 5 }, 'DUBAI, Aug 16 (Reuters) - …') === true
 */
export function isDateline(span: Span, text: string): boolean {
  return DATELINE_CITY.test(text.slice(span.start, span.end)) && /^,\s/.test(text.slice(span.end, span.end + 2))
    && /(^|\n)\s*$/.test(text.slice(Math.max(0, span.start - 20), span.start));
}
