import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type { EventRecord, Participant } from '../../model/event-record.js';
import type { EventMention } from '../../model/event-mention.js';
import type { Attribution, SourceRef } from '../../model/source.js';
import { spanContains } from '../../model/span.js';
import { PIPELINE_VERSION } from '../../model/version.js';
import { lexiconVersion } from '../../lexicons/lexicon-version.js';
import { ownTime, inheritedTime, type TimeContext } from './choose-time.js';
import { ownPlace, inheritedPlace, type PlaceContext } from './choose-place.js';
import { attachCasualties, toFatalities } from './attach-casualties.js';
import { mergeRecords, mergeHeadline } from './merge-records.js';
import { hostsAreRecipients } from './hosts-are-recipients.js';
import { enclosingParenthesis } from './enclosing-parenthesis.js';

type Needed = Pick<Layers, 'sentences' | 'tokens' | 'times' | 'places' | 'actors' | 'attributions' | 'casualties' | 'eventMentions' | 'factuality'>;

/** A record while it is being built, with what merging and inheritance need to know. */
interface Draft {
  record: EventRecord;
  mention: EventMention;
  /** Index of the mention this one is the content of (the pause a request asks for). */
  parent?: number;
}

/** The attribution nearest to the trigger among those whose content holds it. */
function coveringAttribution(attributions: readonly Attribution[], trigger: { start: number; end: number }): Attribution | undefined {
  return attributions
    .filter((a) => spanContains(a.content, trigger))
    .sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start))[0];
}

/**
 * Assembles the event records of one document: each event mention with its factuality, time,
 * place, attribution and figures, every field with the span it came from; then merges the
 * records that report one event twice in the same article, and only then lets records that
 * still lack a time or a place take the paragraph's.
 */
export function assembleRecords(doc: Document, layers: Needed): EventRecord[] {
  const provenance = { pipeline: PIPELINE_VERSION, lexicons: lexiconVersion() };
  const casualtiesByEvent = attachCasualties(layers.casualties, layers.eventMentions, doc.text);
  const timeContext: TimeContext = { times: layers.times, tokens: layers.tokens, sentences: layers.sentences, text: doc.text, published: doc.published, attributions: layers.attributions };
  const placeContext: PlaceContext = { places: layers.places, tokens: layers.tokens, sentences: layers.sentences, text: doc.text };
  const hash = doc.contentHash.slice(0, 16);
  const judgements = new Map(layers.factuality.map((f) => [f.event, f]));
  const drafts: Draft[] = layers.eventMentions.map((mention, index) => {
    const judgement = judgements.get(index);
    const factuality = judgement?.factuality ?? 'asserted';
    const claim = coveringAttribution(layers.attributions, mention.trigger);
    // A presupposed event inside an attributed clause was judged asserted: its sources did not claim it.
    const attribution: SourceRef[] = claim && factuality !== 'asserted' ? claim.chain : [];
    const record: EventRecord = {
      id: `ev_${hash}_${mention.trigger.start}`,
      documentId: doc.id,
      type: mention.type,
      trigger: mention.trigger,
      triggerText: mention.triggerText,
      actors: withoutDateline(withoutDescriptions(withoutSources(withoutDistantGuesses(withoutMedia(mention.actors), layers), claim, doc.text, layers.sentences), mention.trigger, doc.text), doc.text),
      recipients: withoutDateline(withoutDescriptions(withoutSources(withoutDistantGuesses(withoutMedia(mention.recipients), layers), claim, doc.text, layers.sentences), mention.trigger, doc.text), doc.text),
      factuality,
      attribution,
      evidence: [mention.clause],
      confidence: mention.confidence,
      provenance,
    };
    if (mention.mode) record.mode = mention.mode;
    if (mention.cameo) record.cameo = mention.cameo;
    if (mention.acled) record.acled = mention.acled;
    if (mention.otherClass) record.otherClass = mention.otherClass;
    if (judgement?.cue) record.factualityEvidence = judgement.cue;
    const time = ownTime({ clause: mention.clause, trigger: mention.trigger, sentence: mention.sentence, attributed: attribution.length > 0 }, timeContext);
    if (time) record.time = time;
    const place = ownPlace(mention.type, mention.clause, mention.trigger, mention.sentence, placeContext);
    if (place) record.place = place;
    Object.assign(record, toFatalities(casualtiesByEvent.get(index)));
    for (const key of ['fatalities', 'injured'] as const) if (record[key] === undefined) delete record[key];
    hostsAreRecipients(record);
    return { record, mention, parent: mention.contentOf };
  });
  const kept = withoutDenialActs(drafts.filter((d) => !isBareAllegation(d, drafts) && !inAside(d.mention.trigger, doc.text)
    && !isPageFurniture(layers.sentences[d.mention.sentence], doc.text) && !isGenericMention(d, layers.tokens)), drafts);
  const draftOf = new Map(kept.map((d) => [d.record, d]));
  // Merging asks for each pair: remember each record's answer.
  const inherited = new Map<EventRecord, EventRecord['place']>();
  const placeFor = (r: EventRecord) => {
    if (inherited.has(r)) return inherited.get(r);
    const d = draftOf.get(r);
    const place = d ? inheritedPlace(r.type, d.mention.sentence, placeContext) : undefined;
    inherited.set(r, place);
    return place;
  };
  const merged = mergeDrafts(kept, doc.text, placeFor);
  for (const d of merged) {
    // A merged record may take the narrative time at any of its reports, the latest first.
    const sentences = [...new Set(d.record.evidence.map((e) => sentenceAt(layers.sentences, e.start)))].sort((a, b) => b - a);
    for (const s of sentences) d.record.time ??= inheritedTime(s, timeContext);
    if (!d.record.place) {
      const place = inheritedPlace(d.record.type, d.mention.sentence, placeContext);
      if (place) d.record.place = place;
    }
    if (d.record.time === undefined) delete d.record.time;
  }
  return uniqueIds(merged.map((d) => d.record));
}

/**
 * A description ("terrorists", "militants") linked to a group named far back is a guess, not the
 * text naming the group: it stays an unresolved party unless the group is named in its sentence or
 * the one before ("ISIL ... In Damascus terrorists fired a mortar round": no group is named there).
 */
function withoutDistantGuesses(participants: Participant[], layers: Needed): Participant[] {
  return participants.map((p) => {
    if (!p.actor) return p;
    const mention = actorsByStart(layers).get(p.evidence.start);
    if (mention && mention.span.end !== p.evidence.end) return p;
    if (!mention || mention.corefOf === undefined || !mention.describes) return p;
    const sentence = sentenceAt(layers.sentences, p.evidence.start);
    const named = layers.actors.some((a) => a !== mention && a.actor?.code === p.actor!.code && !a.describes && a.corefOf === undefined
      && a.span.start < p.evidence.end && sentence - sentenceAt(layers.sentences, a.span.start) <= 1);
    return named ? p : { text: p.text, evidence: p.evidence };
  });
}

/** Actor mentions by their start, once per document. */
const actorIndex = new WeakMap<Needed['actors'], Map<number, Needed['actors'][number]>>();
function actorsByStart(layers: Needed): Map<number, Needed['actors'][number]> {
  let index = actorIndex.get(layers.actors);
  if (!index) {
    index = new Map(layers.actors.map((a) => [a.span.start, a]));
    actorIndex.set(layers.actors, index);
  }
  return index;
}

function withoutMedia(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.actor?.kind !== 'media');
}

/** 'BEIRUT, Oct 4 (Reuters) -': the city of a dateline is where the story was filed, not a party. */
function withoutDateline(participants: Participant[], text: string): Participant[] {
  return participants.filter((p) => !(DATELINE_CITY.test(p.text) && /^,\s/.test(text.slice(p.evidence.end, p.evidence.end + 2))
    && /(^|\n)\s*$/.test(text.slice(Math.max(0, p.evidence.start - 20), p.evidence.start))));
}
const DATELINE_CITY = /^[A-Z][A-Z .'-]{2,}$/;

/**
 * Who says an event happened is not who did it: a participant found outside the claim that holds
 * the trigger, where the claim's source stands ("the Observatory said jets struck the town"), is
 * the source, not the attacker. The speaker's phrase may name more than the chain's span ("The
 * Director of the Syrian Observatory Rami Abdel Rahman told AFP that"): everything between the
 * sentence's start and a preposed claim (or between a postposed claim and the sentence's end) is
 * the frame of the claim.
 */
function withoutSources(participants: Participant[], claim: Attribution | undefined, text: string, sentences: Needed['sentences']): Participant[] {
  if (!claim) return participants;
  // "Turkey said it shelled YPG positions": a claim about the speaker's own act keeps the speaker.
  if (/^\W*(?:that\s+)?(?:it|they|we|he|she|its|their|our)\b/i.test(text.slice(claim.content.start, claim.content.end))) return participants;
  const sentence = sentences[sentenceAt(sentences, claim.cue.start)];
  const frame = claim.content.start >= claim.cue.start
    ? { start: Math.max(sentence.start, Math.min(claim.cue.start, ...claim.chain.map((c) => c.span.start))), end: claim.content.start }
    : { start: claim.content.end, end: sentence.end };
  if (claim.content.start >= claim.cue.start) frame.start = sentence.start;
  const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  return participants.filter((p) => spanContains(claim.content, p.evidence)
    || !(claim.chain.some((s) => overlapping(s.span, p.evidence)) || spanContains(frame, p.evidence)));
}

/** Words that make a party a description of a place or of another party ("a village controlled by the IS group", "rebels backed by Turkey"). */
const DESCRIBED_BY = /\b(?:controlled|held|run|backed|supported|sponsored|occupied|dominated|besieged|surrounded|administered|governed|ruled|funded|armed|trained|seized|captured)\s+by\s+(?:the\s+)?$/i;

const HELD_BY = /^-(?:held|controlled|run|dominated|besieged|backed|supported|sponsored|allied|affiliated)\b/i;

/**
 * A party named only as who holds, backs or runs something the sentence mentions is not a side of
 * the event, unless that participle is the event itself ("an alliance supported by US-led air strikes").
 */
function withoutDescriptions(participants: Participant[], trigger: { start: number; end: number }, text: string): Participant[] {
  // 'rebel-held', 'Turkish-backed': the party qualifies a place or another party; it stands for the side only when no other is named.
  const qualifier = (p: Participant) => HELD_BY.test(text.slice(p.evidence.end, p.evidence.end + 14));
  const named = participants.some((p) => !qualifier(p));
  return participants.filter((p) => {
    if (named && qualifier(p)) return false;
    const from = Math.max(0, p.evidence.start - 40);
    const match = DESCRIBED_BY.exec(text.slice(from, p.evidence.start));
    return !match || (from + match.index < trigger.end && trigger.start < p.evidence.start);
  });
}

/**
 * What an accusation says the accused did is recorded only when the text gives it a time or a
 * place of its own ("accused Russia of bombing a hospital in Aleppo on Monday"); a bare
 * characterisation ("do not discriminate between bombing militants and attacks on the opposition")
 * is the accusation's content, not an event.
 */
function isBareAllegation(draft: Draft, drafts: readonly Draft[]): boolean {
  if (draft.parent === undefined) return false;
  const parent = drafts[draft.parent]?.record;
  return parent?.type === 'ACCUSE' && !draft.record.place && (!draft.record.time || draft.record.time.precision === 'ongoing');
}

const DENIAL = /^den(?:y|ies|ied|ying)\b/i;
const DENIED_ROLE = /\b(?:involvement|responsibility|role)\b/i;

/**
 * A denial is recorded as the event it denies, with factuality 'denied' ("denied shelling the town",
 * "denied that its jets struck the hospital"): the act of denying is not an event of its own once that
 * record exists, nor when what is denied is only a part in something already told ("Moscow denied involvement").
 */
function withoutDenialActs(kept: Draft[], drafts: readonly Draft[]): Draft[] {
  const parents = new Set(kept.map((d) => d.parent).filter((p): p is number => p !== undefined));
  return kept.filter((d) => {
    if (d.record.type !== 'REJECT' || !DENIAL.test(d.record.triggerText)) return true;
    return !parents.has(drafts.indexOf(d)) && !DENIED_ROLE.test(d.record.triggerText);
  });
}

/** Lists of related headlines and tags ("Festival | Episode | Showcase"): not the article. */
function isPageFurniture(sentence: { start: number; end: number }, text: string): boolean {
  return (text.slice(sentence.start, sentence.end).match(/\|/g)?.length ?? 0) >= 2;
}

/**
 * A noun that names a kind of event in passing ("the limited local truces are aimed at…",
 * "humanitarian aid", "an agreement") with nobody named, no date or place of its own and no toll
 * is talk about such events, not a report of one.
 */
function isGenericMention(draft: Draft, tokens: Needed['tokens']): boolean {
  const r = draft.record;
  let head: Needed['tokens'][number] | undefined;
  for (let i = firstTokenFrom(tokens, r.trigger.start); i < tokens.length && tokens[i].end <= r.trigger.end; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN') { head = t; break; }
  }
  if (!head || head.pos === 'VERB') return false;
  const named = [...r.actors, ...r.recipients].some((p) => p.actor?.code);
  const ownTime = r.time && r.time.precision !== 'ongoing';
  return !named && !ownTime && !r.place && !r.fatalities && !r.injured;
}

function sentenceAt(sentences: Needed['sentences'], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function firstTokenFrom(tokens: Needed['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words in a short aside in brackets ("the Islamic State (banned in Russia)") describe, they do not report an event. */
function inAside(trigger: { start: number; end: number }, text: string): boolean {
  const aside = enclosingParenthesis(text, trigger);
  return aside !== undefined && trigger.start - aside.open <= 80 && aside.close - aside.open < 100;
}

/**
 * Merges the reports of one event: first the events themselves, then what they ask for or
 * propose (the content of two merged requests is one requested act, whoever it names).
 */
function mergeDrafts(drafts: Draft[], text: string, placeFor: (r: EventRecord) => EventRecord['place']): Draft[] {
  // Memoised on the record and its number of evidence spans: merging adds spans, and only then do the words change.
  const cache = new Map<EventRecord, { spans: number; words: Set<string> }>();
  const words = (r: EventRecord) => {
    const hit = cache.get(r);
    if (hit && hit.spans === r.evidence.length) return hit.words;
    const set = new Set(r.evidence.flatMap((e) => text.slice(e.start, e.end).toLowerCase().match(/[a-z]{4,}/g) ?? []));
    cache.set(r, { spans: r.evidence.length, words: set });
    return set;
  };
  const top = drafts.filter((d) => d.parent === undefined);
  const byRecord = new Map(drafts.map((d) => [d.record, d]));
  const headline = headlineSpan(text);
  const context = { clauseWords: words, placeFor, text };
  const mergedTop = mergeHeadline(mergeRecords(top.map((d) => d.record), context), (r) => headline !== undefined && r.trigger.end <= headline.end, context);
  const survivorOf = new Map<number, EventRecord>();
  for (const d of top) {
    const survivor = mergedTop.find((r) => r === d.record || r.evidence.some((e) => spanContains(e, d.mention.clause) && spanContains(d.mention.clause, e)));
    if (survivor) survivorOf.set(drafts.indexOf(d), survivor);
  }
  const contentGroups = new Map<string, Draft[]>();
  for (const d of drafts.filter((x) => x.parent !== undefined)) {
    const parentIndex = drafts.findIndex((x) => x.mention === drafts[d.parent!]?.mention);
    const key = `${survivorOf.get(parentIndex)?.id ?? `orphan${d.parent}`}|${d.record.type}`;
    contentGroups.set(key, [...(contentGroups.get(key) ?? []), d]);
  }
  const out = mergedTop.map((r) => byRecord.get(r)!);
  for (const group of contentGroups.values()) {
    const [first, ...rest] = group;
    for (const other of rest) {
      first.record.evidence.push(...other.record.evidence);
      if (first.record.actors.length === 0) first.record.actors = other.record.actors;
      if (first.record.recipients.length === 0) first.record.recipients = other.record.recipients;
      first.record.time ??= other.record.time;
      first.record.place ??= other.record.place;
    }
    out.push(first);
  }
  return out.sort((a, b) => a.record.trigger.start - b.record.trigger.start);
}

/** The first line, when it stands alone as a headline (no full stop, a line break after it). */
function headlineSpan(text: string): { start: number; end: number } | undefined {
  const match = /^\s*([^\n]{10,200}?)[ \t]*\n/.exec(text);
  if (!match || /[.!?]["”’]?$/.test(match[1])) return undefined;
  return { start: match.index, end: match.index + match[0].length };
}

/** One trigger can state two events (a meeting on two dates): the second gets '_2' after its id, stable across runs. */
function uniqueIds(records: EventRecord[]): EventRecord[] {
  const seen = new Map<string, number>();
  for (const record of records) {
    const n = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, n);
    if (n > 1) record.id = `${record.id}_${n}`;
  }
  return records;
}

/** Stage: event records, one per event the document reports. */
export const buildRecords = defineStage({
  name: 'buildRecords',
  needs: ['sentences', 'tokens', 'times', 'places', 'actors', 'attributions', 'casualties', 'eventMentions', 'factuality'],
  adds: ['events'],
  run: (doc, layers) => ({ events: assembleRecords(doc, layers as Needed) }),
});
