import * as chrono from 'chrono-node';
import type { Candidate, RuleContext } from './candidate.js';
import { resolveYear, monthTimex } from './resolve-year.js';
import { pad, formatDay } from './calendar.js';

// chrono adds these before a date; TimeML leaves them outside the span.
const LEADING = /^(?:(?:on|in|at|from|since|by|until|till|during|of|for|before|after|as\s+of)\s+)+/i;
// Its known false alarms: fractions and scores ("3/8", "3-2") and prices ("1.35 a" in "$1.35 a share").
const FRACTION_OR_SCORE = /^\d{1,2}\s*[/-]\s*\d{1,2}$/;
const PRICE = /^\d+\.\d+(?:\s+a)?$/;
// What chrono is trusted with: numeric dates, clock times and named months; it reads phrases like
// "a week after 12" as dates, which the rules handle better.
const TRUSTED = /\d{1,4}[/.-]\d{1,2}|\d:\d\d|\d\s*[ap]\.?m\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The dates and clock times chrono finds that the stage's own rules do not cover, mainly numeric
 * ones ("08-15-90", "1/14/1998", "10:30 a.m."). Words without digits are left to the rules,
 * which read "Sun" (the newspaper), "may" (the modal) and weekdays with the clause's tense.
 */
export function chronoCandidates(context: RuleContext): Candidate[] {
  const instant = context.ref ? new Date(Date.UTC(context.ref.y, context.ref.m - 1, context.ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Candidate[] = [];
  for (const result of parseWindows(context.text, instant)) {
    const lead = LEADING.exec(result.text)?.[0].length ?? 0;
    const text = result.text.slice(lead).replace(/[\s,.;:]+$/, (tail) => (/^\.\s*$/.test(tail) && /[ap]\.m$/i.test(result.text.slice(lead).replace(/[\s,.;:]+$/, '')) ? tail.trim() : ''));
    const start = result.index + lead;
    const end = start + text.length;
    if (!TRUSTED.test(text) || FRACTION_OR_SCORE.test(text) || PRICE.test(text)) continue;
    if (context.text[start - 1] === '$') continue;
    const known = result.start;
    const hasDate = known.isCertain('day') && known.isCertain('month');
    const hasTime = known.isCertain('hour') && (/:\d\d|[ap]\.?m\.?|o'clock/i.test(text));
    if (!hasDate && !hasTime) continue;
    let day: string | undefined;
    let inferred: Candidate['inferred'] = [];
    if (hasDate) {
      const month = known.get('month')!;
      const d = known.get('day')!;
      let year = known.isCertain('year') ? known.get('year')! : undefined;
      if (year === undefined) ({ year, inferred } = resolveYear(context.ref, month, d, context.tenseAt(start, end)));
      day = monthTimex(year, month, d);
    } else {
      day = context.ref ? formatDay(context.ref) : 'XXXX-XX-XX';
      inferred = ['year', 'month', 'day'];
    }
    if (hasTime) {
      const time = `T${pad(known.get('hour')!)}:${pad(known.get('minute') ?? 0)}`;
      out.push({ start, end, type: 'TIME', timex: day + time, rule: 'chrono', inferred });
    } else {
      out.push({ start, end, type: 'DATE', timex: day, rule: 'chrono', inferred });
    }
  }
  return out;
}

// Numeric dates and clock times: the only things left for chrono, so it runs on a few short windows.
// Day ranges ("July 14-15") are the month rules' job, and chrono spends over a millisecond on them.
const TRIGGER = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{1,2}|\d:\d\d|\d\s*[ap]\.?m\b/gi;
const WINDOW = 40;

/** chrono's results on the windows around numeric triggers, with indexes on the whole text: parsing all of it costs ~1 ms an article. */
function parseWindows(text: string, instant: Date): Array<{ index: number; text: string; start: chrono.ParsedComponents }> {
  const windows: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let from = Math.max(0, m.index - WINDOW);
    let to = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (from > 0 && /\S/.test(text[from - 1])) from--;
    while (to < text.length && /\S/.test(text[to])) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const results: Array<{ index: number; text: string; start: chrono.ParsedComponents }> = [];
  for (const [from, to] of windows) {
    for (const r of chrono.casual.parse(text.slice(from, to), { instant, timezone: 0 })) results.push({ index: from + r.index, text: r.text, start: r.start });
  }
  return results;
}
