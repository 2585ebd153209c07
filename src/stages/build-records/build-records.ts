import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type { EventRecord } from '../../model/event-record.js';
import type { Attribution, SourceRef } from '../../model/source.js';
import { spanContains } from '../../model/span.js';
import { PIPELINE_VERSION } from '../../model/version.js';
import { lexiconVersion } from '../../lexicons/lexicon-version.js';
import { chooseTime } from './choose-time.js';
import { choosePlace } from './choose-place.js';
import { attachCasualties, toFatalities } from './attach-casualties.js';
import { mergeRecords } from './merge-records.js';

type Needed = Pick<Layers, 'sentences' | 'tokens' | 'times' | 'places' | 'actors' | 'attributions' | 'casualties' | 'eventMentions' | 'factuality'>;

/** The attribution nearest to the trigger among those whose content holds it. */
function coveringAttribution(attributions: readonly Attribution[], trigger: { start: number; end: number }): Attribution | undefined {
  return attributions
    .filter((a) => spanContains(a.content, trigger))
    .sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start))[0];
}

/**
 * Assembles the event records of one document: each event mention with its factuality, time,
 * place, attribution and figures, every field with the span it came from; then merges the
 * records that report one event twice in the same article.
 */
export function assembleRecords(doc: Document, layers: Needed): EventRecord[] {
  const provenance = { pipeline: PIPELINE_VERSION, lexicons: lexiconVersion() };
  const casualtiesByEvent = attachCasualties(layers.casualties, layers.eventMentions);
  const timeContext = { times: layers.times, tokens: layers.tokens, sentences: layers.sentences, text: doc.text, published: doc.published };
  const placeContext = { places: layers.places, tokens: layers.tokens, sentences: layers.sentences, text: doc.text };
  const hash = doc.contentHash.slice(0, 16);
  const records = layers.eventMentions.map((mention, index): EventRecord => {
    const judgement = layers.factuality.find((f) => f.event === index);
    const factuality = judgement?.factuality ?? 'asserted';
    const claim = coveringAttribution(layers.attributions, mention.trigger);
    // A presupposed event inside an attributed clause was judged asserted: its sources did not claim it.
    const attribution: SourceRef[] = claim && factuality !== 'asserted' ? claim.chain : [];
    const attributed = attribution.length > 0;
    const record: EventRecord = {
      id: `ev_${hash}_${mention.trigger.start}`,
      documentId: doc.id,
      type: mention.type,
      trigger: mention.trigger,
      triggerText: mention.triggerText,
      actors: mention.actors.filter((p) => p.actor?.kind !== 'media'),
      recipients: mention.recipients.filter((p) => p.actor?.kind !== 'media'),
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
    const time = chooseTime({ clause: mention.clause, trigger: mention.trigger, sentence: mention.sentence, attributed }, timeContext);
    if (time) record.time = time;
    const place = choosePlace(mention.type, mention.clause, mention.sentence, placeContext);
    if (place) record.place = place;
    Object.assign(record, toFatalities(casualtiesByEvent.get(index)));
    for (const key of ['fatalities', 'injured'] as const) if (record[key] === undefined) delete record[key];
    return record;
  });
  const words = (r: EventRecord) => new Set(r.evidence.flatMap((e) => doc.text.slice(e.start, e.end).toLowerCase().match(/[a-z]{4,}/g) ?? []));
  return uniqueIds(mergeRecords(records, words));
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
