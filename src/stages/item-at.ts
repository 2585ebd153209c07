/**
 * list[i], or undefined when i is outside the list, without reading outside it. Why: V8 compiles a read
 * that has only ever landed inside its array for that case alone, and throws the whole compiled function
 * away ('out of bounds' deopt) the first time the word after a sentence's last one, or before its first,
 * is asked for. Example: itemAt(['a', 'b'], 2) → undefined
 */
export function itemAt<T>(list: readonly T[], i: number): T | undefined {
  return i >= 0 && i < list.length ? list[i] : undefined;
}
