import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { EventRecord } from '../../model/event-record.js';
import type { SourceRef } from '../../model/source.js';
import { spanContains } from '../../model/span.js';
import { PIPELINE_VERSION } from '../../model/version.js';
import { lexiconVersion } from '../../lexicons/lexicon-version.js';
import { headOf } from './reference-date.js';
import { townAnaphorPlace } from './town-anaphor.js';
import type { TimeMention } from '../../model/time-value.js';
import { sinceClauseStart } from './since-clause.js';
import { ownTime, inheritedTime, tiedToStory, reportDay, type TimeContext } from './choose-time.js';
import { scheduledTime } from './scheduled-time.js';
import { SAID_ACTS } from './saying-day.js';
import { ownPlace, placeFields, type PlaceContext } from './choose-place.js';
import { inheritedPlace } from './inherited-place.js';
import { isUnresolved, placedInStory } from './unresolved-place.js';
import { anaphorPlace } from './anaphor-place.js';
import { townNamedLater } from './town-named-later.js';
import { areaNamedLater } from './outskirts-place.js';
import { datelinePlace } from './dateline-place.js';
import { weekdaysBeforeDateline } from './weekday-before-dateline.js';
import { attachCasualties, toFatalities, withoutRepeatedUnspecified } from './attach-casualties.js';
import { mergeRecords } from './merge-records.js';
import { mergeHeadline } from './merge-headline.js';
import { meansOfLead } from './means-of-lead.js';
import { claimantsOfToldAttacks } from './bare-claim.js';
import { narrowerInside } from './absorb-report.js';
import { hostsAreRecipients } from './hosts-are-recipients.js';
import { victimsAreRecipients } from './victims-are-recipients.js';
import { lendUnnamedAttackers, authorUnclearIn } from './unnamed-attacker.js';
import { weaponOfAttacker } from './weapon-of-attacker.js';
import { speakersOwnForces } from './speakers-own-forces.js';
import type { Draft, Needed } from './draft.js';
import { withoutDistantGuesses, withoutMedia, withoutDateline, withoutSources, withoutDescriptions, withoutSelf } from './participant-filters.js';
import { keepContentInSpeechActs } from './non-events.js';
import { toldEvents } from './told-events.js';
import { uniqueIds } from './unique-ids.js';
import { sentenceAt } from '../token-index.js';
import { headlineSpan, keepToHeadlinePart } from './headline.js';
import { coveringAttribution } from './covering-attribution.js';
import { replyTime } from './reply-time.js';
import { upToPublication } from './up-to-publication.js';
import { sinceDayToNow } from './since-day.js';
import { leadTime } from './lead-time.js';
import { isPageDate } from './page-date.js';
import { withoutAppositiveTail } from './appositive-tail.js';
import { declaresTheAct } from './declared-act.js';
import { speakerActs, speakerAsPronoun, saidByItsActor } from './speaker-acts.js';
import { withoutSummedTolls } from './summed-toll.js';
import { isResponsibilityClaim } from '../assess-factuality/responsibility-claim.js';
import { packedMap } from '../packed-map.js';


/**
 * Assembles the event records of one document: each event mention with its factuality, time,
 * place, attribution and figures, every field with the span it came from; then merges the
 * records that report one event twice in the same article, and only then lets records that
 * still lack a time or a place take the paragraph's (and an event that happened but is still
 * undated, the day of publication).
 */
export function assembleRecords(doc: Document, layers: Needed): EventRecord[] {
  const provenance = { pipeline: PIPELINE_VERSION, lexicons: lexiconVersion() };
  const casualtiesByEvent = attachCasualties(layers.casualties, layers.eventMentions, doc.text, layers.attributions, layers.factuality);
  const timeContext: TimeContext = { times: weekdaysBeforeDateline(layers.times, layers.tokens, doc.text, doc.published), tokens: layers.tokens, sentences: layers.sentences, text: doc.text, published: doc.published, attributions: layers.attributions };
  const placeContext: PlaceContext = { places: layers.places, tokens: layers.tokens, sentences: layers.sentences, text: doc.text, actors: layers.actors, attributions: layers.attributions };
  const hash = doc.contentHash.slice(0, 16);
  const judgements = new Map(layers.factuality.map((f) => [f.event, f]));
  const drafts: Draft[] = packedMap(layers.eventMentions, (mention, index) => {
    const judgement = judgements.get(index);
    const factuality = judgement?.factuality ?? 'asserted';
    const claim = coveringAttribution(layers.attributions, mention.trigger);
    // A presupposed event inside an attributed clause was judged asserted: its sources did not claim it.
    const attribution: SourceRef[] = claim && factuality !== 'asserted' ? claim.chain : [];
    // Every field the record may ever have, present from the start (undefined where absent, which JSON leaves out) and in
    // one order: the records of every article then share one V8 shape, and the functions that read them stay optimised
    // instead of meeting a record with its fields added in another order, being thrown away and compiled again.
    const record: EventRecord = {
      id: `ev_${hash}_${mention.trigger.start}`,
      documentId: doc.id,
      type: mention.type,
      trigger: mention.trigger,
      triggerText: mention.triggerText,
      actors: withoutDateline(withoutDescriptions(withoutSources(withoutDistantGuesses(withoutMedia(mention.actors), layers, doc.text), mention.speechAct || declaresTheAct(claim, mention.trigger, layers.tokens) ? undefined : claim, doc.text, layers.sentences), mention.trigger, doc.text, 'actor'), doc.text),
      recipients: withoutDateline(withoutDescriptions(withoutSources(withoutDistantGuesses(withoutMedia(mention.recipients), layers, doc.text), claim, doc.text, layers.sentences), mention.trigger, doc.text), doc.text),
      factuality,
      attribution,
      evidence: [withoutAppositiveTail(mention.clause, mention.trigger, doc.text)],
      confidence: mention.confidence,
      provenance,
      mode: mention.mode || undefined,
      cameo: mention.cameo || undefined,
      acled: mention.acled || undefined,
      otherClass: mention.otherClass || undefined,
      factualityEvidence: judgement?.cue || undefined,
      time: undefined,
      place: undefined,
      otherPlaces: undefined,
      parts: undefined,
      fatalities: undefined,
      injured: undefined,
      content: undefined,
      compliance: undefined,
    };
    const query = { clause: mention.clause, trigger: mention.trigger, sentence: mention.sentence, attributed: attribution.length > 0 };
    const scheduled = scheduledTime(query, timeContext);
    const time = scheduled ?? ownTime(query, timeContext);
    if (time) record.time = sinceDayToNow(time, doc.text, doc.published);
    // An act set to start after the story was filed has not happened yet: it is planned.
    if (scheduled?.start && doc.published && scheduled.start > doc.published.slice(0, 10) && (factuality === 'asserted' || factuality === 'reported')) record.factuality = 'planned';
    const place = placeFields(ownPlace(mention.type, mention.clause, mention.trigger, mention.sentence, placeContext, mention.otherTriggers));
    const figures = toFatalities(casualtiesByEvent.get(index));
    record.place = place.place;
    record.otherPlaces = place.otherPlaces;
    record.parts = place.parts;
    record.fatalities = figures.fatalities;
    record.injured = figures.injured;
    hostsAreRecipients(record);
    speakerActs(record, mention, claim, layers.actors);
    saidByItsActor(record, mention, claim);
    speakerAsPronoun(record, claim, layers.tokens, layers.actors);
    return { record, mention, parent: mention.contentOf };
  });
  claimedActs(drafts, layers.eventMentions);
  keepContentInSpeechActs(drafts);
  const kept = toldEvents(drafts, doc, layers);
  const headline = headlineSpan(doc.text);
  for (const d of headline ? kept : []) if (d.record.trigger.end <= headline!.end) keepToHeadlinePart(d.record, headline!, doc.text);
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
  const records = packedMap(merged, (d) => d.record);
  // A function of its own, not the loop's body: V8 optimises it apart from assembleRecords, and the deopts
  // its record stores meet (records come in many shapes) recompile it alone, not the whole stage.
  const finishRecord = (d: Draft): void => {
    // A merged record may take the narrative time at any of its reports, the latest first.
    const sentences = [...new Set(d.record.evidence.map((e) => sentenceAt(layers.sentences, e.start)))].sort((a, b) => b - a);
    // A date of another act ('following an August 21 attack') carries over to an act of that kind only.
    const sameKind = (t: TimeMention) => layers.eventMentions.some((m) => m.type === d.record.type && headOf(t, m.trigger, layers.tokens));
    // A merged record dated by another report's vague span ('last weekend' in the lead), not a stated range ('July 14-15').
    const wide = d.record.evidence.length > 1 && d.record.time && d.record.time.start !== d.record.time.end ? d.record.time : undefined;
    // 'orders since Russia invaded Ukraine': an act that opens a 'since' lies before the story, at no day the story gives.
    const opensSince = !d.record.time && sinceClauseStart(d.mention.trigger, layers.tokens) !== undefined;
    for (const s of opensSince ? [] : sentences) d.record.time ??= inheritedTime(s, timeContext, undefined, sameKind, SAID_ACTS.has(d.record.type));
    // A headline dated only by the page's own date ('Sat Nov 18 2017 20 civilians killed …') takes the day its lead
    // gives, or, merged with later reports, the story's day at them; the page's date stays when neither gives one.
    if (d.record.time && isPageDate(d.record.time.evidence, doc.text)) {
      const page = sentenceAt(layers.sentences, d.record.time.evidence.start);
      d.record.time = leadTime(page, timeContext) ?? sentences.filter((s) => s > page).map((s) => inheritedTime(s, timeContext, undefined, sameKind)).find((t) => t !== undefined && !isPageDate(t.evidence, doc.text)) ?? d.record.time;
    }
    // 'last weekend' in the lead, 'on Sunday morning' in the sentence before an undated report of it: the finer day.
    for (const s of wide ? sentences.filter((x) => undatedSentence(x, timeContext)) : []) {
      const narrative = inheritedTime(s, timeContext, undefined, sameKind);
      if (narrowerInside(narrative, d.record.time)) { d.record.time = narrative; break; }
    }
    // 'Shelling … has meanwhile killed three', 'Another shell … landed': the story's last date, however far back.
    if (!d.record.time && tiedToStory(d.mention.clause, doc.text)) d.record.time = inheritedTime(d.mention.sentence, timeContext, Infinity, sameKind);
    // 'Rebels have responded to the shelling': not before the shelling, whatever the sentence before says.
    const answered = replyTime(d.record, d.mention.clause, records, layers.eventMentions, doc.text);
    if (answered) d.record.time = answered;
    if (!d.record.time && !opensSince && (d.record.factuality === 'asserted' || d.record.factuality === 'reported')) d.record.time = reportDay({ clause: d.mention.clause, trigger: d.mention.trigger, sentence: d.mention.sentence, attributed: false }, timeContext);
    if (d.record.time) d.record.time = upToPublication(d.record.time, d.mention.trigger, layers.tokens, doc.published);
    if (!d.record.place) {
      // 'denied shelling the town': the town a recent sentence named so, before the paragraph's last place.
      const place = townAnaphorPlace(d.record.type, d.mention.trigger, d.mention.sentence, placeContext)
        ?? inheritedPlace(d.record.type, d.mention.sentence, placeContext) ?? datelinePlace(d.record.type, placeContext);
      if (place) d.record.place = place;
    } else if (isUnresolved(d.record.place.place) && d.record.place.place.country === undefined) {
      // 'in the Ain Zara and Salah al-Din districts': a name its sentence put nowhere lies where the story is.
      d.record.place = placedInStory(d.record.place, inheritedPlace(d.record.type, d.mention.sentence, placeContext));
      if (d.record.otherPlaces) d.record.otherPlaces = packedMap(d.record.otherPlaces, (p) => placedInStory(p, d.record.place));
      // Each part's places are among the record's: they take the same country.
      const placed = [d.record.place, ...(d.record.otherPlaces ?? [])];
      for (const part of d.record.parts ?? []) part.places = packedMap(part.places, (p) => placed.find((q) => q.evidence.start === p.evidence.start) ?? p);
    }
    // 'Police said the blast hit a market in the town of Tal Afar': the attack named again, placed finer
    // (inside the country it has by now, its own or the article's: never a place abroad the story only mentions).
    const named = anaphorPlace(d.record, records, placeContext) ?? townNamedLater(d.record, placeContext) ?? areaNamedLater(d.record, placeContext);
    // The finer place replaces the record's own, and the places named as its equals with it.
    if (named) { d.record.place = named; d.record.otherPlaces = undefined; d.record.parts = undefined; }
    d.record.fatalities = withoutRepeatedUnspecified(d.record.fatalities);
    d.record.injured = withoutRepeatedUnspecified(d.record.injured);
    victimsAreRecipients(d.record, doc.text);
    d.record.recipients = withoutSelf(d.record.actors, d.record.recipients);
    // After merging: the speaker's party lent to its own forces' act must not make two acts of one side one report.
    speakersOwnForces(d.record, coveringAttribution(layers.attributions, d.mention.trigger), layers.actors, doc.text);
    weaponOfAttacker(d.record);
    // Last of all, once merging and content have lent their parties: the state where the act was done.
    if (!d.record.recipients.length && d.mention.sceneRecipients && !d.record.actors.some((a) => d.mention.sceneRecipients!.some((s) => s.actor?.code === a.actor?.code))) {
      d.record.recipients = d.mention.sceneRecipients;
    }
  };
  for (const d of merged) finishRecord(d);
  // Before lending by means: the claimant, where there is one, is the author the article gives.
  const claims = merged.filter((d) => isResponsibilityClaim(d.mention)).map((d) => ({ record: d.record, sentence: d.mention.sentence }));
  const sentencesOf = (r: EventRecord) => r.evidence.map((e) => sentenceAt(layers.sentences, e.start));
  claimantsOfToldAttacks(records, claims, sentencesOf, doc.text);
  lendUnnamedAttackers(records, (r) => {
    const at = sentenceAt(layers.sentences, r.trigger.start);
    return at >= 0 && authorUnclearIn(doc.text, layers.sentences[at], layers.sentences[at + 1]);
  });
  withoutSummedTolls(records);
  return uniqueIds(packedMap(merged, (d) => d.record));
}

/**
 * The attack a claim of responsibility names happened, by the claimant's account: it is an event
 * of its own (merged with the other reports of the attack), and the claimant is its actor when the
 * attack's own words name none ('Islamic State has claimed responsibility for a suicide bombing').
 */
function claimedActs(drafts: Draft[], mentions: Needed['eventMentions']): void {
  // The claim itself stays a record (ACCUSE, ACLED's ATTRIB class): who claimed what, and when, is worth its own line.
  for (const d of drafts) {
    if (d.parent === undefined || !isResponsibilityClaim(mentions[d.parent])) continue;
    const claim = drafts.find((x) => x.mention === mentions[d.parent!]);
    if (claim && d.record.actors.length === 0) d.record.actors = claim.record.actors;
    d.parent = undefined;
  }
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
  // A weapon named by the record's own trigger ('airstrike', 'shelling'), not guessed by the classifier for a bare 'killed'.
  const namesWeapon = (r: EventRecord) => !(byRecord.get(r)?.mention.rule.includes('classifier') ?? false);
  const sentenceOf = (r: EventRecord) => byRecord.get(r)?.mention.sentence ?? Infinity;
  const inHeadline = (r: EventRecord) => headline !== undefined && r.trigger.end <= headline.end;
  const context = { clauseWords: words, placeFor, text, namesWeapon, sentenceOf, inHeadline };
  const mergedTop = mergeHeadline(mergeRecords(packedMap(top, (d) => d.record), context), inHeadline, context);
  meansOfLead(mergedTop, context);
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
  const out = packedMap(mergedTop, (r) => byRecord.get(r)!);
  for (const group of contentGroups.values()) {
    const [first, ...rest] = group;
    for (const other of rest) {
      first.record.evidence.push(...other.record.evidence);
      if (first.record.actors.length === 0) first.record.actors = other.record.actors;
      if (first.record.recipients.length === 0) first.record.recipients = other.record.recipients;
      first.record.time ??= other.record.time;
      if (!first.record.place && other.record.place) {
        first.record.place = other.record.place;
        if (other.record.otherPlaces) first.record.otherPlaces = other.record.otherPlaces;
        if (other.record.parts) first.record.parts = other.record.parts;
      }
    }
    out.push(first);
  }
  return out.sort((a, b) => a.record.trigger.start - b.record.trigger.start);
}

/** True when the sentence gives no date of its own (its report takes the story's). */
function undatedSentence(sentence: number, context: TimeContext): boolean {
  const span = context.sentences[sentence];
  return !context.times.some((t) => t.value?.start && spanContains(span, t.span));
}

/** Stage: event records, one per event the document reports. */
export const buildRecords = defineStage({
  name: 'buildRecords',
  needs: ['sentences', 'tokens', 'times', 'places', 'actors', 'attributions', 'casualties', 'eventMentions', 'factuality'],
  adds: ['events'],
  run: (doc, layers) => ({ events: assembleRecords(doc, layers as Needed) }),
});
