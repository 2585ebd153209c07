/**
 * Array.prototype.map, with the result always stored one way by V8 (a packed array). map's result is
 * packed while its caller runs in the interpreter and holey once TurboFan has optimised the caller, so
 * every function that reads the list (a for-of, filter, some, indexOf) and was optimised on the first
 * kind is thrown away ('wrong map' deopt) and compiled again when it meets the second. Used for the lists
 * that outlive the line that builds them: a record's or a mention's parties, places and drafts.
 * Example: packedMap([{ n: 1 }, { n: 2 }], (x) => x.n * 10) → [10, 20]
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
