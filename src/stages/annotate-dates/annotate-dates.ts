import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type { TimeMention } from '../../model/time-value.js';
import type { Candidate, Rule, RuleContext } from './candidate.js';
import { clauseTense } from './clause-tense.js';
import { parseDay, formatDay } from './calendar.js';
import { durationRules } from './duration-rules.js';
import { monthRules } from './month-rules.js';
import { holidayRules } from './holiday-rules.js';
import { relativeRules } from './relative-rules.js';
import { periodRules } from './period-rules.js';
import { referenceRules } from './reference-rules.js';
import { clockRules } from './clock-rules.js';
import { monthOfThatYearRules } from './month-of-that-year.js';
import { hoursLaterRules } from './hours-later.js';
import { numericDateRules } from './numeric-date-rules.js';
import { compileScanner, scanRules, type RuleScanner } from './scan-rules.js';
import { selectCandidates } from './select-candidates.js';
import { widenOpenEnds } from './open-ends.js';
import { resolveReferences } from './resolve-references.js';
import { valueOfTimex, partOfValue } from './timex-interval.js';

let scanner: RuleScanner | undefined;

// Order is priority when two candidates cover the same span.
function rules(): RuleScanner {
  scanner ??= compileScanner([...monthOfThatYearRules(), ...referenceRules(), ...monthRules(), ...holidayRules(), ...relativeRules(), ...periodRules(), ...durationRules(), ...numericDateRules(), ...clockRules(), ...hoursLaterRules()]);
  return scanner;
}

/** The reference day: the publication date, read in the outlet's time zone when it is a timestamp. */
export function referenceDay(doc: Pick<Document, 'published' | 'timeZone'>): ReturnType<typeof parseDay> {
  if (!doc.published) return undefined;
  if (doc.published.length > 10 && doc.timeZone) {
    const instant = new Date(doc.published);
    if (!Number.isNaN(instant.getTime())) {
      const local = new Intl.DateTimeFormat('en-CA', { timeZone: doc.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
      return parseDay(local);
    }
  }
  return parseDay(doc.published);
}

/** Finds and normalises every time expression of a document (see TimeMention). */
export function findTimes(doc: Pick<Document, 'text' | 'published' | 'timeZone'>, layers: Readonly<Partial<Layers>>): TimeMention[] {
  const tokens = layers.tokens ?? [];
  const context: RuleContext = { text: doc.text, ref: referenceDay(doc), tenseAt: (start, end) => clauseTense(tokens, { start, end }) };
  const candidates: Candidate[] = [];
  scanRules(rules(), doc.text, (rule: Rule, match) => {
    const built = rule.build(match, context);
    if (Array.isArray(built)) candidates.push(...built);
    else if (built) candidates.push(built);
  });
  const kept = resolveReferences(widenOpenEnds(selectCandidates(candidates), doc.text), context.ref, doc.text, layers.sentences ?? []);
  return kept.map((c) => toMention(c, doc.text));
}

function toMention(c: Candidate, text: string): TimeMention {
  const span = { start: c.start, end: c.end };
  const mention: TimeMention = { span, text: text.slice(c.start, c.end), type: c.type, timex: c.timex, rule: c.rule };
  if (c.type === 'DURATION' || c.type === 'SET') {
    if (c.durationDays !== undefined) mention.durationDays = c.durationDays;
    // 'during the past month': a duration that reaches now also gives the days an event told over it lies in.
    if (c.interval) mention.value = { start: formatDay(c.interval.start), end: formatDay(c.interval.end), precision: c.interval.precision, inferred: c.inferred ?? [], evidence: span };
    return mention;
  }
  const inferred = c.inferred ?? [];
  if (c.interval) {
    mention.value = { start: formatDay(c.interval.start), end: formatDay(c.interval.end), precision: c.interval.precision, inferred, evidence: span };
  } else {
    const value = valueOfTimex(c.timex, span, inferred);
    if (value) mention.value = c.part ? partOfValue(value, c.part) : value;
  }
  return mention;
}


/** Stage: time expressions (DATE, TIME, DURATION, SET) with TIMEX3 values and resolved day intervals. */
export const annotateDates = defineStage({
  name: 'annotateDates',
  needs: ['sentences', 'tokens'],
  adds: ['times'],
  run: (doc, layers) => ({ times: findTimes(doc, layers) }),
});
