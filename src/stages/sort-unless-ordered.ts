/**
 * Sorts in place as Array.prototype.sort does, but leaves an array that is already in order untouched.
 * V8's sort allocates its working state (a copy of the array and a stack of runs) on every call with two
 * or more items, and most lists the stages sort (trigger matches, candidates, mentions) arrive in text
 * order already. The result is the same as sort's: sort is stable, so an ordered array stays as it is.
 * Example: sortUnlessOrdered([m1, m2], (a, b) => a.first - b.first) returns the same array, unsorted.
 */
export function sortUnlessOrdered<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return items.sort(compare);
  return items;
}
