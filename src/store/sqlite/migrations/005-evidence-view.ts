/**
 * event_evidence becomes a view: the same rows (one a span of an event field), derived on read
 * from the columns and child rows already stored and from the record's JSON, instead of about
 * six rows written for every event at ingest (a fifth of the storage time, never read by sitrep).
 * The fields and positions are those of eventRows(): trigger, event, actor, recipient, time,
 * place, factuality, source, fatalities.CATEGORY and injured.CATEGORY.
 */
export const evidenceView = `
DROP TABLE event_evidence;
CREATE VIEW event_evidence (event_id, field, position, start, "end") AS
  SELECT id, 'trigger', 0, trigger_start, trigger_end FROM events
  UNION ALL
  SELECT e.id, 'event', CAST(j.key AS INTEGER), json_extract(j.value, '$.start'), json_extract(j.value, '$.end')
    FROM events e, json_each(e.record, '$.evidence') j
  UNION ALL
  SELECT event_id, role, position, start, "end" FROM event_actors
  UNION ALL
  SELECT id, 'time', 0, json_extract(record, '$.time.evidence.start'), json_extract(record, '$.time.evidence.end')
    FROM events WHERE json_type(record, '$.time') IS NOT NULL
  UNION ALL
  SELECT id, 'place', 0, json_extract(record, '$.place.evidence.start'), json_extract(record, '$.place.evidence.end')
    FROM events WHERE json_type(record, '$.place') IS NOT NULL
  UNION ALL
  SELECT id, 'factuality', 0, json_extract(record, '$.factualityEvidence.start'), json_extract(record, '$.factualityEvidence.end')
    FROM events WHERE json_type(record, '$.factualityEvidence') IS NOT NULL
  UNION ALL
  SELECT event_id, 'source', position, start, "end" FROM event_sources
  UNION ALL
  SELECT event_id, (CASE outcome WHEN 'killed' THEN 'fatalities.' ELSE 'injured.' END) || category, position, start, "end"
    FROM event_casualties;
`;
