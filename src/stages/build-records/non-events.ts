import type { Draft, Needed } from './draft.js';
import { readsAsVerb } from '../extract-events/noun-read-as-verb.js';
import { firstTokenFrom } from '../token-index.js';
import { enclosingParenthesis } from './enclosing-parenthesis.js';

// Mentions that look like events and are not: bare allegations, denials' own records, page
// furniture, passing generic mentions, asides in brackets.

/**
 * What an accusation says the accused did is recorded only when the text gives it a time or a
 * place of its own ("accused Russia of bombing a hospital in Aleppo on Monday"); a bare
 * characterisation ("do not discriminate between bombing militants and attacks on the opposition")
 * is the accusation's content, not an event.
 */
export function isBareAllegation(draft: Draft, drafts: readonly Draft[]): boolean {
  if (draft.parent === undefined) return false;
  const parent = drafts[draft.parent]?.record;
  return parent?.type === 'ACCUSE' && !draft.record.place && (!draft.record.time || draft.record.time.precision === 'ongoing');
}

const DENIAL = /^den(?:y|ies|ied|ying)\b/i;
const DENIED_ROLE = /\b(?:involvement|responsibility|role)\b/i;

/**
 * A denial is recorded as the event it denies, with factuality 'denied' ("denied shelling the town",
 * "denied that its jets struck the hospital"): the act of denying is not an event of its own once that
 * record exists, nor when what is denied is only a part in something already told ("Moscow denied involvement"),
 * nor in a headline whose denial the body records.
 */
export function withoutDenialActs(kept: Draft[], drafts: readonly Draft[]): Draft[] {
  const parents = new Set(kept.map((d) => d.parent).filter((p): p is number => p !== undefined));
  const isDenial = (d: Draft) => d.record.type === 'REJECT' && DENIAL.test(d.record.triggerText);
  // A headline that only says a denial happened ('Saudi ministry denies coalition jets hit hospital')
  // restates the body's denial, already recorded as the event it denies.
  const deniedInBody = kept.some((d) => isDenial(d) && parents.has(drafts.indexOf(d)));
  return kept.filter((d) => {
    if (!isDenial(d)) return true;
    return !parents.has(drafts.indexOf(d)) && !DENIED_ROLE.test(d.record.triggerText) && !(deniedInBody && d.mention.sentence === 0);
  });
}

/**
 * The labels a page puts before the headlines of other stories and its tags, after the article:
 * 'Related Iraqi Militia Creates Brigade …', 'Related News', 'Read Also …', 'Tags strike Golan Heights'.
 * Written capitalised: 'Related' before a capitalised headline or a list word ('Related attacks' is an
 * adjective), 'Tags' mid-sentence.
 */
const FURNITURE_LABEL = /(?:^|\s)Related(?:\s+(?:News|Articles|Stories|Content|Posts|Coverage)\b|\s+[A-Z0-9"“])|[^.!?\s]\s+Tags\s|\b(?:Read|See)\s+(?:Also|also|More|more)\b/;

/**
 * Lists of related headlines and tags ("Festival | Episode | Showcase", "… 430 Related Iraqi Militia
 * Creates Brigade …"): not the article. The article's last sentence may run into the list when the
 * page lost its full stop, so only what follows the label is furniture.
 */
export function isPageFurniture(sentence: { start: number; end: number }, text: string, trigger: { start: number }): boolean {
  if ((text.slice(sentence.start, sentence.end).match(/\|/g)?.length ?? 0) >= 2) return true;
  return FURNITURE_LABEL.test(text.slice(sentence.start, trigger.start));
}

/**
 * A noun that names a kind of event in passing ("the limited local truces are aimed at…",
 * "humanitarian aid", "an agreement") with nobody named, no date or place of its own and no toll
 * is talk about such events, not a report of one.
 */
export function isGenericMention(draft: Draft, tokens: Needed['tokens']): boolean {
  const r = draft.record;
  let head: Needed['tokens'][number] | undefined;
  let at = -1;
  for (let i = firstTokenFrom(tokens, r.trigger.start); i < tokens.length && tokens[i].end <= r.trigger.end; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN') { head = t; at = i; break; }
  }
  // 'the guards shot him': a verb the tagger took for a noun tells an act, not a kind of event.
  if (!head || head.pos === 'VERB' || readsAsVerb(tokens, at)) return false;
  if (actsInThePast(tokens, r.trigger.end)) return false;
  const named = [...r.actors, ...r.recipients].some((p) => p.actor?.code);
  const ownTime = r.time && r.time.precision !== 'ongoing';
  return !named && !ownTime && !r.place && !r.fatalities && !r.injured;
}

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set(['hit', 'struck', 'shot', 'left', 'took', 'fell', 'caught', 'tore', 'blew', 'sent', 'brought', 'set', 'cut', 'began']);

/**
 * The event noun is the subject of a finished act ('Airstrikes also targeted the nearby towns',
 * 'Shelling hit the market'): a report of what happened, not talk about a kind of event.
 */
function actsInThePast(tokens: Needed['tokens'], after: number): boolean {
  let i = firstTokenFrom(tokens, after);
  while (i < tokens.length && tokens[i].pos === 'ADV') i++;
  const t = tokens[i];
  return t !== undefined && t.pos === 'VERB' && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower));
}

/** Words in a short aside in brackets ("the Islamic State (banned in Russia)") describe, they do not report an event. */
export function inAside(trigger: { start: number; end: number }, text: string): boolean {
  const aside = enclosingParenthesis(text, trigger);
  return aside !== undefined && trigger.start - aside.open <= 80 && aside.close - aside.open < 100;
}
