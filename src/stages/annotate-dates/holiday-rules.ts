import type { Rule } from './candidate.js';
import { spanOf } from './candidate.js';
import { timeWords } from './time-words.js';
import { resolveYear, monthTimex } from './resolve-year.js';

// A one-word holiday names a day only as the object of a preposition of time ("before Christmas"),
// and only where the noun phrase ends there: "Christmas Island", "a Christmas truce" name other things.
const TIME_PREPOSITION_BEFORE = /\b(?:on|before|after|since|until|till|by|over|at|for|during|through|around)\s+$/i;
const NOUN_PHRASE_ENDS = /^(?:\s*(?:[.,;:!?)"'’]|$)|\s+(?:and|or|but|in|on|at|to|when|as|with|for|the|a|an|this|last|next|he|she|they|it|we)\b)/;

let rules: Rule[] | undefined;

/**
 * Feasts on a fixed day ("Christmas Day", "New Year's Eve", "before Christmas"): that day, its year
 * read as for a month and day (the tense of the clause, else the occurrence nearest publication).
 */
export function holidayRules(): Rule[] {
  if (rules) return rules;
  const words = timeWords();
  const names = words.alternation.holiday.replace(/'/g, "['’]");
  rules = [{
    name: 'holiday',
    // A word of each name near its start ("New Year's": "Year's"); "day" and "eve" would wake the rule
    // at every "every", "event" and "day".
    triggers: ['christmas', 'boxing', "year's", 'year’s'], reach: 4,
    pattern: new RegExp(`\\b(?:${names})\\b`, 'gi'),
    build(match, context) {
      const { start, end } = spanOf(match);
      if (!/^[A-Z]/.test(match[0])) return undefined;
      const key = match[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const day = words.byKind.holiday.get(key);
      if (!day) return undefined;
      if (!key.includes(' ') && !(TIME_PREPOSITION_BEFORE.test(context.text.slice(Math.max(0, start - 10), start)) && NOUN_PHRASE_ENDS.test(context.text.slice(end, end + 8)))) return undefined;
      const [m, d] = day.split('-').map(Number);
      const { year, inferred } = resolveYear(context.ref, m, d, context.tenseAt(start, end));
      return { start, end, type: 'DATE', timex: monthTimex(year, m, d), rule: 'holiday', inferred };
    },
  }];
  return rules;
}
