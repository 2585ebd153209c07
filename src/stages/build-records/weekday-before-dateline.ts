import type { TimeMention } from '../../model/time-value.js';
import type { Token } from '../../model/token.js';
import { isDatelineDate } from './dateline.js';
import { clauseTense } from '../annotate-dates/clause-tense.js';
import { fromEpochDay, toEpochDay, weekday } from '../annotate-dates/calendar.js';
import { packedMap } from '../packed-map.js';
import { timeWords } from '../annotate-dates/time-words.js';

/** A weekday alone, the way a lead dates its event ('on Wednesday', 'Wednesday night', 'last Sunday'). */
const WEEKDAY = /^(?:(?:on|last)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;

const iso = (n: number) => {
  const d = fromEpochDay(n);
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
};

/**
 * The times of a story whose dateline is older than its publication ('MOGADISHU, March 5' published on
 * the 6th) or which has no publication date: a weekday the story tells in the past is the latest such
 * day on or before the day the story was filed, not one after it ('on Wednesday' filed on Tuesday
 * 5 March is 28 February). A weekday in a future or present clause ('talks will resume on Thursday')
 * looks ahead and is left as it was read. Other times are returned unchanged (the same objects).
 */
export function weekdaysBeforeDateline(times: readonly TimeMention[], tokens: readonly Token[], text: string, published?: string): readonly TimeMention[] {
  const dateline = times.find((t) => t.value?.start && t.value.start === t.value.end && isDatelineDate(t.span, text));
  const filed = dateline?.value?.start;
  if (!filed || (published && published.slice(0, 10) <= filed)) return times;
  const [y, m, d] = filed.split('-').map(Number);
  const filedDay = toEpochDay({ y, m, d });
  const filedWeekday = weekday({ y, m, d });
  return packedMap(times, (t) => {
    const name = WEEKDAY.exec(t.text)?.[1]?.toLowerCase();
    if (!name || t === dateline || (t.value?.start && t.value.start <= filed)) return t;
    const tense = clauseTense(tokens, t.span);
    if (tense === 'future' || tense === 'present') return t;
    const day = iso(filedDay - ((filedWeekday - Number(timeWords().byKind.weekday.get(name)) + 7) % 7));
    return { ...t, timex: day, value: { start: day, end: day, precision: 'day', inferred: ['year', 'month', 'day'], evidence: t.span } };
  });
}
