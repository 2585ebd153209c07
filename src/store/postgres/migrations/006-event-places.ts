/**
 * The further places of an event, one row each from position 1 (SQLite's migration 6): the place and country
 * filters find an event by any of its places. Their spans go in event_evidence as 'place' rows at write time.
 * Version 6, as in SQLite, so one version means the same tables; PostgreSQL has no 5 (SQLite's evidence view).
 */
export const eventPlaces = `
CREATE TABLE event_places (
  event_id   text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position   integer NOT NULL,
  place_id   text NOT NULL,
  name       text NOT NULL,
  text       text NOT NULL,
  -- name and mention folded for case- and accent-insensitive search (fold-for-search.ts)
  search_key text NOT NULL,
  country    text COLLATE "C",
  lat        double precision,
  lon        double precision,
  precision  text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  PRIMARY KEY (event_id, position)
);
CREATE INDEX event_places_country ON event_places (country);

INSERT INTO event_places (event_id, position, place_id, name, text, search_key, country, lat, lon, precision, start, "end")
  SELECT e.id, j.ordinality::integer, j.value #>> '{place,id}', j.value #>> '{place,name}', j.value ->> 'text',
         lower((j.value #>> '{place,name}') || chr(10) || (j.value ->> 'text')), j.value #>> '{place,country}',
         (j.value #>> '{place,lat}')::double precision, (j.value #>> '{place,lon}')::double precision,
         j.value #>> '{place,precision}', (j.value #>> '{evidence,start}')::integer, (j.value #>> '{evidence,end}')::integer
    FROM events e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.record -> 'otherPlaces') = 'array' THEN e.record -> 'otherPlaces' ELSE '[]'::jsonb END)
         WITH ORDINALITY AS j(value, ordinality);
INSERT INTO event_evidence (event_id, field, position, start, "end")
  SELECT event_id, 'place', position, start, "end" FROM event_places;
`;
