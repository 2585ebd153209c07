// Pages copied without their apostrophes turn a day's possessive into a plural: 'claimed responsibility for Tuesdays
// attacks', 'the toll from Tuesdays rocket attacks'. Told apart from a recurring day ('on Tuesdays', 'every Friday')
// by the words around it.

/** Words before a plural weekday that make it every such day: 'on Fridays', 'most Sundays', 'Mondays and Thursdays'. */
const RECURRING_BEFORE = /\b(?:on|every|most|some|all|many|other|and|or|through|until|till|by|weekday|weekend)\s+$/i;
/** What follows the day's possessive: a lower-case modifier or noun ('attacks', 'terrorist'), not a verb, a conjunction or a preposition. */
const NOUN_AFTER = /^\s+(?!(?:and|or|nor|but|at|in|on|to|from|through|until|till|are|were|is|was|have|had|when|while|after|before|as|with|of|for)\b)[a-z][a-z-]{2,}/;

/**
 * True when the plural weekday ending at `end` is a possessive that lost its apostrophe ('Tuesdays attacks' is
 * Tuesday's attacks), so it names one day, not every such day.
 * Example: possessiveWeekday('responsibility for Tuesdays attacks', 19, 27) === true
 */
export function possessiveWeekday(text: string, start: number, end: number): boolean {
  return !RECURRING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && NOUN_AFTER.test(text.slice(end, end + 30));
}
