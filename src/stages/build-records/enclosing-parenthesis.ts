/** How far back an aside in brackets may open: asides are short, and a long look-back costs time on every event. */
const WINDOW = 100;

/**
 * The [open, close] offsets of the bracket pair around a span, when the span sits in one that opens
 * at most 100 characters before it; undefined otherwise. "the Islamic state (banned in Russia)".
 */
export function enclosingParenthesis(text: string, span: { start: number; end: number }): { open: number; close: number } | undefined {
  const from = Math.max(0, span.start - WINDOW);
  const before = text.slice(from, span.start);
  const openAt = before.lastIndexOf('(');
  if (openAt < 0 || before.lastIndexOf(')') > openAt) return undefined;
  const open = from + openAt;
  const close = text.indexOf(')', span.end);
  if (close < 0 || close - open > 2 * WINDOW) return undefined;
  return { open, close };
}
