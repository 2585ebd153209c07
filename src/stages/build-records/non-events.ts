import type { EventRecord } from '../../model/event-record.js';
import type { Draft, Needed } from './draft.js';
import { readsAsVerb, participleTakesObject } from '../extract-events/noun-read-as-verb.js';
import { firstTokenFrom } from '../token-index.js';
import { enclosingParenthesis } from './enclosing-parenthesis.js';
import { isPageDate } from './page-date.js';

// Mentions that look like events and are not: bare allegations, denials' own records, page
// furniture, passing generic mentions, asides in brackets.

/**
 * What an accusation says the accused did is recorded only when the text gives it a day of its own ("accused
 * Russia of bombing a hospital in Aleppo on Monday"), not the page's date; a place alone ("accused Belgium of
 * killing six civilians in airstrikes in the Aleppo region") or a characterisation ("do not discriminate between
 * bombing militants and attacks on the opposition") is the accusation's content, not an event. One with a toll of
 * its own ("condemned the massacre in which 35 civilians were killed") is told as done: it is recorded.
 * `dated` says the document has a publication date: without one no weekday resolves, so a place of its own is
 * the only sign left that the act is told as done.
 */
export function isBareAllegation(draft: Draft, drafts: readonly Draft[], text: string, dated: boolean): boolean {
  if (draft.parent === undefined) return false;
  const parent = drafts[draft.parent]?.record;
  // 'condemned the massacre in which 35 civilians were killed': a toll of its own says the act happened.
  if (draft.record.fatalities !== undefined || parent?.type !== 'ACCUSE') return false;
  const time = draft.record.time;
  const untimed = !time || time.precision === 'ongoing';
  // A call or a charge the accuser goes on to make ('calling on the world to act') is its own speech act, placed where it is said.
  if (!dated || SPOKEN.has(draft.record.type)) return untimed && !draft.record.place;
  // A span ('since mid-March 2011') dates a state of things, not the act charged: only a day is the act's own.
  return untimed || time!.precision !== 'day' || isPageDate(time!.evidence, text);
}

/** Acts done by speaking: within an accusation they are the accuser's own further words, not what the accused did. */
const SPOKEN = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

const SPEECH_ACTS = new Set(['REQUEST', 'THREATEN']);
const NOT_DONE = new Set(['requested', 'proposed', 'hypothetical']);

/**
 * A request or a threat is coded as the speech act ('threatened further attacks': THREATEN; 'asked both sides
 * to halt the fighting': REQUEST); what it asks for or threatens has not happened and is not recorded again as
 * an event of its own. (SCHEMA.md allows such a record only as 'requested'; annotators leave it out or optional.)
 */
export function isActAskedOrThreatened(draft: Draft, drafts: readonly Draft[]): boolean {
  return speechActOf(draft, drafts) !== undefined;
}

function speechActOf(draft: Draft, drafts: readonly Draft[]): EventRecord | undefined {
  if (draft.parent === undefined || !NOT_DONE.has(draft.record.factuality)) return undefined;
  const parent = drafts[draft.parent]?.record;
  return parent !== undefined && SPEECH_ACTS.has(parent.type) ? parent : undefined;
}

/**
 * What isActAskedOrThreatened leaves out is not lost: the speech act keeps it as its `content` ('threatened
 * further attacks' is a THREATEN whose content is an ASSAULT, hypothetical), with the trigger that names it.
 */
export function keepContentInSpeechActs(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const act = speechActOf(d, drafts);
    if (!act) continue;
    const { type, mode, triggerText, trigger, factuality } = d.record;
    (act.content ??= []).push({ type, ...(mode ? { mode } : {}), triggerText, trigger, factuality });
  }
}

const DENIAL = /^den(?:y|ies|ied|ying)\b/i;
const DENIED_ROLE = /\b(?:involvement|responsibility|role)\b/i;
const BARE_DENIAL = /^den(?:y|ies|ied|ying)$/i;
/**
 * What follows a bare 'denied' when it denies that something is true: a that-clause ('denied that any rifles had
 * been lost'), reports or claims of it ('denied reports that sailors had deserted'), or a gerund ('denied
 * favouring one faction'). ('denied the convoy access', 'denied entry' refuse something: a REJECT.)
 */
const DENIED_PROPOSITION = /^\s+(?:that\b|(?:(?:the|these|those|such)\s+)?(?:media\s+|press\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|accounts?)\b|(?!\w*thing\b)[a-z]+ing\b)/;

/**
 * A denial is recorded as the event it denies, with factuality 'denied' ("denied shelling the town",
 * "denied that its jets struck the hospital"): the act of denying is not an event of its own once that
 * record exists, nor when what is denied is only a part in something already told ("Moscow denied involvement"),
 * nor in a headline whose denial the body records. A denial that is itself denied ('It did not deny that its
 * members planted the device') concedes rather than denies: no act of denying either. A denial that something
 * is true whose act sitrep cannot read ('denied that any rifles had been lost') is no REJECT either: a REJECT
 * refuses a proposal or a demand, and the denied act, not the denying, is what a coder records.
 */
export function withoutDenialActs(kept: Draft[], drafts: readonly Draft[], text: string): Draft[] {
  const parents = new Set(kept.map((d) => d.parent).filter((p): p is number => p !== undefined));
  const isDenial = (d: Draft) => d.record.type === 'REJECT' && DENIAL.test(d.record.triggerText);
  // A headline that only says a denial happened ('Saudi ministry denies coalition jets hit hospital')
  // restates the body's denial, already recorded as the event it denies.
  const deniedInBody = kept.some((d) => isDenial(d) && parents.has(drafts.indexOf(d)));
  return kept.filter((d) => {
    if (!isDenial(d)) return true;
    if (d.record.factuality === 'denied' || deniesAProposition(d, text)) return false;
    return !parents.has(drafts.indexOf(d)) && !DENIED_ROLE.test(d.record.triggerText) && !(deniedInBody && d.mention.sentence === 0);
  });
}

function deniesAProposition(d: Draft, text: string): boolean {
  const r = d.record;
  return BARE_DENIAL.test(r.triggerText) && DENIED_PROPOSITION.test(text.slice(r.trigger.end, r.trigger.end + 80));
}

/**
 * The labels a page puts before the headlines of other stories and its tags, after the article:
 * 'Related Iraqi Militia Creates Brigade …', 'Related News', 'Read Also …', 'Tags strike Golan Heights'.
 * Written capitalised: 'Related' before a capitalised headline or a list word ('Related attacks' is an
 * adjective), 'Tags' mid-sentence.
 */
const FURNITURE_LABEL = /(?:^|\s)Related(?:\s+(?:News|Articles|Stories|Content|Posts|Coverage)\b|\s+[A-Z0-9"“])|[^.!?\s]\s+Tags\s|\b(?:Read|See)\s+(?:Also|also|More|more)\b/;

/** A tag list the segmenter cut from the lead it ran into ('Tags Syria Damascus Rebels Airstrikes'): no sentence, no full stop. */
const TAG_LIST = /^Tags\s[^.!?]*$/;
// A tag list the page closed with a full stop of its own ('Tags Syria air strike SOHR Deir az-Zour.'): a sentence with no verb.
// With a verb it is the lead the tags ran into ('Tags Syria Damascus Intense bombardment has killed eight civilians.').
const CLOSED_TAG_LIST = /^Tags\s[^.!?]*[.!?]\s*$/;

/**
 * Lists of related headlines and tags ("Festival | Episode | Showcase", "… 430 Related Iraqi Militia
 * Creates Brigade …"): not the article. The article's last sentence may run into the list when the
 * page lost its full stop, so only what follows the label is furniture.
 */
export function isPageFurniture(sentence: Needed['sentences'][number], text: string, trigger: { start: number }, tokens?: Needed['tokens']): boolean {
  const own = text.slice(sentence.start, sentence.end);
  if ((own.match(/\|/g)?.length ?? 0) >= 2 || TAG_LIST.test(own)) return true;
  if (tokens && CLOSED_TAG_LIST.test(own) && !tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  if (tokens && describesAPicture(sentence, tokens) && isPhotoCaption(sentence, text, trigger)) return true;
  return FURNITURE_LABEL.test(text.slice(sentence.start, trigger.start));
}

/** A picture credit: a few capitalised words in brackets ('(AFP)', '(TRT World and Agencies)'), not a dateline's '(Reuters) -'. */
const CREDIT = String.raw`\((?:[A-Z][\w.’'-]*)(?:\s+(?:and|&|[A-Z][\w.’'-]*)){0,5}\)`;
const CREDIT_AT_END = new RegExp(String.raw`[.!?]["”]?\s*${CREDIT}\s*$`);
const CREDIT_NEXT = new RegExp(String.raw`^\s*${CREDIT}(?!\s*[-–—])(?=\s+["“]?[A-Z(])`);

/** The word a page opens its date with ('Published July 21 2015', 'Posted on …', 'Updated …'). */
const POSTING_LABEL = new Set(['published', 'posted', 'updated']);

/**
 * A caption tells what the picture shows in the simple present ('People inspect the damage', 'A man
 * carries'); a standfirst the same credit may follow tells the news in the past ('Dozens have been killed').
 */
function describesAPicture(sentence: Needed['sentences'][number], tokens: Needed['tokens']): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    if (t.pos === 'AUX') return false;
    // 'Published May 8 2024 A woman walks past …': the page's posting label is not the caption's verb.
    if (t.pos !== 'VERB' || (i === sentence.tokenStart && POSTING_LABEL.has(t.lower))) continue;
    const stem = t.lemma.toLowerCase();
    return t.lower === stem || t.lower === `${stem}s` || t.lower === `${stem}es` || (stem.endsWith('y') && t.lower === `${stem.slice(0, -1)}ies`);
  }
  return false;
}

/**
 * A sentence a picture credit closes, with the story going on after it ('People inspect the damage at
 * a market hit by air strikes on June 5. (AFP) Syrian activists said…'): a photo caption, which
 * describes a picture that may show another day's events; the story is told in the article itself.
 */
function isPhotoCaption(sentence: { start: number; end: number }, text: string, trigger: { start: number }): boolean {
  const own = text.slice(trigger.start, sentence.end);
  const ownEnd = CREDIT_AT_END.exec(own);
  if (ownEnd) return CREDIT_NEXT.test(text.slice(trigger.start + ownEnd.index + 1, sentence.end + 80)) || /^\s+["“]?[A-Z]/.test(text.slice(sentence.end, sentence.end + 3));
  return /[.!?]["”]?\s*$/.test(own) && CREDIT_NEXT.test(text.slice(sentence.end, sentence.end + 120));
}

/**
 * A noun that names a kind of event in passing ("the limited local truces are aimed at…",
 * "humanitarian aid", "an agreement") with nobody named, no date or place of its own and no toll
 * is talk about such events, not a report of one.
 */
export function isGenericMention(draft: Draft, tokens: Needed['tokens']): boolean {
  const r = draft.record;
  // 'denied it had carried out any air strikes': what a source denies doing is one act, denied, not talk about a kind.
  if (r.factuality === 'denied' && r.attribution.length > 0) return false;
  let head: Needed['tokens'][number] | undefined;
  let at = -1;
  for (let i = firstTokenFrom(tokens, r.trigger.start); i < tokens.length && tokens[i].end <= r.trigger.end; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN') { head = t; at = i; break; }
  }
  // 'the guards shot him', ', abducting the sister of': a verb the tagger took for a noun tells an act, not a kind of event.
  if (!head || head.pos === 'VERB' || readsAsVerb(tokens, at) || participleTakesObject(tokens, at)) return false;
  if (actsInThePast(tokens, r.trigger.end) || pastActDuring(tokens, at)) return false;
  const named = [...r.actors, ...r.recipients].some((p) => p.actor?.code);
  const ownTime = r.time && r.time.precision !== 'ongoing';
  return !named && !ownTime && !r.place && !r.fatalities && !r.injured;
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'been']);

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set(['hit', 'struck', 'shot', 'left', 'took', 'fell', 'caught', 'tore', 'blew', 'sent', 'brought', 'set', 'cut', 'began']);

/**
 * The event noun is the subject of a finished act ('Airstrikes also targeted the nearby towns',
 * 'Shelling hit the market', 'a spill was reported'): a report of what happened, not talk about a kind of event.
 */
function actsInThePast(tokens: Needed['tokens'], after: number): boolean {
  let i = firstTokenFrom(tokens, after);
  // Through an auxiliary too: 'a chemical spill was reported', 'the bridge had collapsed'.
  while (i < tokens.length && (tokens[i].pos === 'ADV' || (tokens[i].pos === 'AUX' && PAST_AUXILIARIES.has(tokens[i].lower)))) i++;
  const t = tokens[i];
  return t !== undefined && t.pos === 'VERB' && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower));
}

const SETTING = new Set(['during', 'in']);

/**
 * The event noun sets a finished act ('he was shot during an ambush', 'were wounded in an attack'): the
 * act happened in that event, which is a report of it, not talk about such events.
 */
function pastActDuring(tokens: Needed['tokens'], head: number): boolean {
  let i = head - 1;
  while (i >= 0 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM')) i--;
  const verb = tokens[i - 1];
  return tokens[i] !== undefined && SETTING.has(tokens[i].lower) && verb !== undefined && verb.pos === 'VERB'
    && (/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && PAST_AUXILIARIES.has(tokens[i - 2]?.lower ?? '');
}

const NEGATOR = /^(?:not|n't|never)$/i;

/**
 * An act the article itself says was not done ('Israel did not strike back', 'the delegation did not attend'):
 * nothing happened that a coder could record. A source's denial ('the army said it did not shell the town',
 * 'denied shelling') is kept as the denied event: someone stated it.
 */
export function isActNotDone(draft: Draft, text: string): boolean {
  const r = draft.record;
  if (r.factuality !== 'denied' || r.attribution.length > 0 || draft.parent !== undefined || !r.factualityEvidence) return false;
  return NEGATOR.test(text.slice(r.factualityEvidence.start, r.factualityEvidence.end));
}

const CONDITION = /^(?:if|unless)$/i;

/**
 * The condition of an 'if' or 'unless' clause ('would return to the talks only if the rebels freed the hostages')
 * is what a party waits for, not an act: no record. (The act it conditions keeps its own, hypothetical, record.)
 */
export function isCondition(draft: Draft, text: string): boolean {
  const r = draft.record;
  if (r.factuality !== 'hypothetical' || !r.factualityEvidence) return false;
  return CONDITION.test(text.slice(r.factualityEvidence.start, r.factualityEvidence.end));
}

/** Words in a short aside in brackets ("the Islamic State (banned in Russia)") describe, they do not report an event. */
export function inAside(trigger: { start: number; end: number }, text: string): boolean {
  const aside = enclosingParenthesis(text, trigger);
  return aside !== undefined && trigger.start - aside.open <= 80 && aside.close - aside.open < 100;
}
