import type { Span } from '../../model/span.js';

/** Words that open another item of the story: 'Separately, …', 'In a separate development, …'. */
const NEW_ITEM = /^\W*(?:separately|in\s+(?:a\s+separate|another)\s+(?:development|incident|attack|statement))\b/i;

/**
 * True when the sentence opens another item ('Separately the sound of fighting could be heard from Kilis'):
 * the time the story had reached does not carry into it, nor past it to the sentences after it.
 * Example: opensNewItem({ start: 0, end: 30 }, 'Separately, gunmen shot a guard.') === true
 */
export function opensNewItem(span: Span | undefined, text: string): boolean {
  return span !== undefined && NEW_ITEM.test(text.slice(span.start, Math.min(span.end, span.start + 40)));
}
