import type Database from 'better-sqlite3';
import type { Document } from '../../model/document.js';
import type { EventRecord } from '../../model/event-record.js';
import type { AnalysisMeta, PutResult } from '../store.js';
import { eventRows } from './event-rows.js';

/**
 * Writes one analysed document with statements prepared once per connection; runs inside
 * whatever transaction the caller opened (putAnalysis opens one per document, putMany one per batch).
 */
export function prepareAnalysisWriter(db: Database.Database): (doc: Document, events: EventRecord[], meta: AnalysisMeta) => PutResult {
  const findDocument = db.prepare('SELECT id, pipeline_version, lexicon_version FROM documents WHERE content_hash = ?');
  const insertDocument = db.prepare(`
    INSERT INTO documents (id, content_hash, text, title, published, time_zone, outlet, url, language, origin,
                           ingested_at, pipeline_version, lexicon_version)
    VALUES (@id, @contentHash, @text, @title, @published, @timeZone, @outlet, @url, @language, @origin,
            @ingestedAt, @pipelineVersion, @lexiconVersion)`);
  const updateVersions = db.prepare('UPDATE documents SET pipeline_version = ?, lexicon_version = ? WHERE id = ?');
  // Child rows go with their events through ON DELETE CASCADE.
  const deleteEvents = db.prepare('DELETE FROM events WHERE document_id = ?');
  const insertEvent = db.prepare(`
    INSERT INTO events (id, document_id, type, mode, cameo, acled, other_class, factuality, trigger_start, trigger_end,
                        trigger_text, time_start, time_end, time_precision, place_id, place_name, place_text, place_key, place_country,
                        lat, lon, place_precision, confidence, pipeline_version, lexicon_version, record, document_seq)
    VALUES (@id, @documentId, @type, @mode, @cameo, @acled, @otherClass, @factuality, @triggerStart, @triggerEnd,
            @triggerText, @timeStart, @timeEnd, @timePrecision, @placeId, @placeName, @placeText, @placeKey, @placeCountry,
            @lat, @lon, @placePrecision, @confidence, @pipelineVersion, @lexiconVersion, @record,
            (SELECT seq FROM documents WHERE id = @documentId))`);
  const insertActor = db.prepare(`
    INSERT INTO event_actors (event_id, role, position, actor_id, code, name, country, text, search_key, start, "end")
    VALUES (@eventId, @role, @position, @actorId, @code, @name, @country, @text, @searchKey, @start, @end)`);
  const insertPlace = db.prepare(`
    INSERT INTO event_places (event_id, position, place_id, name, text, search_key, country, lat, lon, precision, start, "end")
    VALUES (@eventId, @position, @placeId, @name, @text, @searchKey, @country, @lat, @lon, @precision, @start, @end)`);
  const insertSource = db.prepare(`
    INSERT INTO event_sources (event_id, position, name, kind, code, start, "end")
    VALUES (@eventId, @position, @name, @kind, @code, @start, @end)`);
  const insertCasualty = db.prepare(`
    INSERT INTO event_casualties (event_id, outcome, category, position, low, best, high, text, vague, start, "end")
    VALUES (@eventId, @outcome, @category, @position, @low, @best, @high, @text, @vague, @start, @end)`);

  function writeEvents(events: EventRecord[], meta: AnalysisMeta): void {
    for (const event of events) {
      // No evidence rows: the event_evidence view derives them from what is written here.
      const rows = eventRows(event, meta, false);
      insertEvent.run(rows.event);
      for (const row of rows.actors) insertActor.run(row);
      for (const row of rows.places) insertPlace.run(row);
      for (const row of rows.sources) insertSource.run(row);
      for (const row of rows.casualties) insertCasualty.run(row);
    }
  }

  return (doc, events, meta) => {
    for (const event of events) {
      if (event.documentId !== doc.id) {
        throw new Error(`Event ${event.id} belongs to document ${event.documentId}, not ${doc.id}: the pipeline mixed documents up.`);
      }
    }
    const existing = findDocument.get(doc.contentHash) as
      { id: string; pipeline_version: string; lexicon_version: string } | undefined;
    if (existing) {
      if (existing.pipeline_version === meta.pipelineVersion && existing.lexicon_version === meta.lexiconVersion) {
        return { stored: false, replaced: false };
      }
      deleteEvents.run(existing.id);
      updateVersions.run(meta.pipelineVersion, meta.lexiconVersion, existing.id);
      writeEvents(events, meta);
      return { stored: true, replaced: true };
    }
    insertDocument.run({
      id: doc.id,
      contentHash: doc.contentHash,
      text: doc.text,
      title: doc.title ?? null,
      published: doc.published ?? null,
      timeZone: doc.timeZone ?? null,
      outlet: doc.outlet ?? null,
      url: doc.url ?? null,
      language: doc.language,
      origin: doc.origin ?? null,
      ingestedAt: new Date().toISOString(),
      pipelineVersion: meta.pipelineVersion,
      lexiconVersion: meta.lexiconVersion,
    });
    writeEvents(events, meta);
    return { stored: true, replaced: false };
  };
}
