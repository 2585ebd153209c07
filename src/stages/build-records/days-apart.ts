import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { TimeMention, TimeValue } from '../../model/time-value.js';
import { firstTokenFrom } from '../token-index.js';

/** How many words may stand between 'after' and the act it opens: 'a day after an explosives attack'. */
const REACH = 5;
// A Map, not an object literal: a word such as 'constructor' or 'toString' must find nothing here.
const SIGN: ReadonlyMap<string, number> = new Map([['after', -1], ['before', 1]]);

/**
 * The day of an act that a stated span of days sets against another act dated in the same sentence:
 * 'closed the crossing on Friday, a day after a car bomb killed four soldiers' puts the bombing on
 * Thursday, and 'two days before rebels shelled the market' two days after the dated act. The date
 * before the phrase is the other act's, never this one's. Undefined without such a phrase, a whole
 * number of days, or a day-precise date for the other act before it.
 */
export function daysApart(trigger: Span, sentence: Span, times: readonly TimeMention[], tokens: readonly Token[]): TimeValue | undefined {
  const at = firstTokenFrom(tokens, trigger.start);
  let word = -1;
  for (let i = at - 1; i >= 0 && at - i <= REACH; i--) {
    const t = tokens[i];
    if (SIGN.has(t.lower)) { word = i; break; }
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
  }
  if (word < 0) return undefined;
  const gap = times.find((t) => t.type === 'DURATION' && t.span.end <= tokens[word].start && firstTokenFrom(tokens, t.span.end) === word);
  const days = gap?.durationDays;
  if (!gap || days === undefined || !Number.isInteger(days) || days < 1 || days > 31) return undefined;
  const anchor = [...times].reverse().find((t) => t.span.end <= gap.span.start && t.span.start >= sentence.start
    && t.value?.start && t.value.start === t.value.end);
  if (!anchor) return undefined;
  // 'a day after an attack on Monday': the phrase dates its act itself.
  let stop = word + 1;
  while (stop < tokens.length && tokens[stop].end <= sentence.end && tokens[stop].text !== ',') stop++;
  const phraseEnd = tokens[stop - 1].end;
  if (times.some((t) => t.value?.start && t.span.start > tokens[word].end && t.span.end <= phraseEnd)) return undefined;
  const day = shift(anchor.value!.start!, SIGN.get(tokens[word].lower)! * days);
  return { start: day, end: day, precision: 'day', inferred: [...anchor.value!.inferred], evidence: { start: gap.span.start, end: tokens[word].end } };
}

function shift(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}
