import type { EventRecord } from '../../model/event-record.js';

/**
 * A word of fear, hope or waiting that takes an act as what is feared or awaited: 'feared being caught in',
 * 'waiting for the army to save them and liberate', 'hoping to'.
 */
const FEAR_OR_HOPE = /\b(?:feared|fears?|fearing|afraid\s+of|hop(?:e|es|ed|ing)\s+(?:to|for|that)|wait(?:s|ed|ing)?\s+for)\b/gi;
/** How far before the act the word may stand, within one clause. */
const REACH = 70;
/** What closes the feared clause and opens one that tells what happened: a sentence end, 'as', 'when', 'after', 'but', a participle after a comma. */
const CLAUSE_BREAK = /[.!?;]\s|\b(?:as|when|after|but|while|because|since|which|who)\b|,\s+\w+ing\b/i;

/**
 * An act named in what someone fears, hopes or waits for ('residents said they feared being caught in air strikes',
 * 'families are waiting for the army to save them and liberate their areas') has not happened: nothing a coder records.
 */
export function isFearedOrHoped(r: EventRecord, text: string): boolean {
  const from = Math.max(0, r.trigger.start - REACH);
  const window = text.slice(from, r.trigger.start);
  let last: RegExpExecArray | null = null;
  FEAR_OR_HOPE.lastIndex = 0;
  for (let m = FEAR_OR_HOPE.exec(window); m; m = FEAR_OR_HOPE.exec(window)) last = m;
  return last !== null && !CLAUSE_BREAK.test(window.slice(last.index + last[0].length));
}
