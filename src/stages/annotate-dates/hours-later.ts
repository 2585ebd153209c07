import type { Rule } from './candidate.js';
import { spanOf } from './candidate.js';

/**
 * 'Hours later, jets struck …', 'Minutes later': the act follows the story's main line by hours, so it
 * falls on the latest day stated before it up to publication (or just after; news dates it by that day),
 * not on an older act's date told in between ('condemned the launch on Monday. Hours later, …').
 * With no day stated before it, it names none. A counted span ('two hours later') is a duration, left
 * to the duration rules.
 */
export function hoursLaterRules(): Rule[] {
  return [{
    name: 'hours-later',
    triggers: ['hours', 'minutes', 'moments'], reach: 10,
    pattern: /\b(?:hours|minutes|moments)\s+later\b/gi,
    build(match, context) {
      const { start, end } = spanOf(match);
      // Only a bare plural: 'two hours later', 'a few hours later' count a span.
      if (/\b(?:\d+|a\s+few|few|several|some|two|three|four|five|six|many)\s+$/i.test(context.text.slice(Math.max(0, start - 12), start))) return undefined;
      return { start, end, type: 'DATE', timex: 'XXXX', rule: 'hours-later', anaphor: { unit: 'day', shift: 0, latestDay: true } };
    },
  }];
}
