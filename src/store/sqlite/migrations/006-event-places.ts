/**
 * The further places of an event ('in Aleppo and Beirut': Beirut), one row each, numbered from 1 after the
 * main place the events row holds: the place and country filters find an event by any of its places. The
 * evidence view gains their spans as 'place' positions 1, 2 … Rows already stored get theirs from the record.
 */
export const eventPlaces = `
CREATE TABLE event_places (
  event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  place_id   TEXT NOT NULL,
  name       TEXT NOT NULL,
  text       TEXT NOT NULL,
  -- name and mention folded for search, as events.place_key
  search_key TEXT NOT NULL,
  country    TEXT,
  lat        REAL,
  lon        REAL,
  precision  TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_places_country ON event_places (country);

INSERT INTO event_places (event_id, position, place_id, name, text, search_key, country, lat, lon, precision, start, "end")
  SELECT e.id, CAST(j.key AS INTEGER) + 1, json_extract(j.value, '$.place.id'), json_extract(j.value, '$.place.name'),
         json_extract(j.value, '$.text'), lower(json_extract(j.value, '$.place.name') || char(10) || json_extract(j.value, '$.text')),
         json_extract(j.value, '$.place.country'), json_extract(j.value, '$.place.lat'), json_extract(j.value, '$.place.lon'),
         json_extract(j.value, '$.place.precision'), json_extract(j.value, '$.evidence.start'), json_extract(j.value, '$.evidence.end')
    FROM events e, json_each(e.record, '$.otherPlaces') j;

DROP VIEW event_evidence;
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
  SELECT event_id, 'place', position, start, "end" FROM event_places
  UNION ALL
  SELECT id, 'factuality', 0, json_extract(record, '$.factualityEvidence.start'), json_extract(record, '$.factualityEvidence.end')
    FROM events WHERE json_type(record, '$.factualityEvidence') IS NOT NULL
  UNION ALL
  SELECT event_id, 'source', position, start, "end" FROM event_sources
  UNION ALL
  SELECT event_id, (CASE outcome WHEN 'killed' THEN 'fatalities.' ELSE 'injured.' END) || category, position, start, "end"
    FROM event_casualties;
`;
