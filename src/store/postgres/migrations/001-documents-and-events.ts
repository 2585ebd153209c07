/**
 * Documents, their events, and what the event filters search by: the PostgreSQL twin of
 * ../../sqlite/migrations/001-documents-and-events.ts. The full EventRecord is kept as JSONB in
 * events.record; the other event columns and child tables are copies for filtering and tracing,
 * rebuilt from the record whenever the document is reprocessed.
 *
 * Ids, codes and dates are COLLATE "C": they are compared as prefixes and ranges ('SYR…',
 * '2016-03' <= time_start), which must follow byte order whatever the database's locale is.
 */
export const documentsAndEvents = `
CREATE TABLE documents (
  -- ingest order; id is the stable public key that everything else references
  seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id               text COLLATE "C" PRIMARY KEY,
  content_hash     text COLLATE "C" NOT NULL UNIQUE,
  text             text NOT NULL,
  title            text,
  published        text COLLATE "C",
  time_zone        text,
  outlet           text,
  url              text,
  language         text NOT NULL,
  origin           text,
  ingested_at      timestamptz NOT NULL DEFAULT now(),
  pipeline_version text NOT NULL,
  lexicon_version  text NOT NULL,
  -- near-duplicates (wire copy reprinted): set by a later pass, never by ingest
  copy_of          text COLLATE "C" REFERENCES documents(id) ON DELETE SET NULL,
  signature        text,
  -- title and text folded in TypeScript (fold-for-search.ts) and parsed with the 'simple'
  -- configuration: no stemming and no stop words, as FTS5's unicode61 tokenizer, and no extension
  search           tsvector NOT NULL
);
CREATE INDEX documents_versions ON documents (pipeline_version, lexicon_version);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_signature ON documents (signature) WHERE signature IS NOT NULL;
CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX documents_search ON documents USING gin (search);

CREATE TABLE events (
  id               text COLLATE "C" PRIMARY KEY,
  document_id      text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type             text COLLATE "C" NOT NULL,
  mode             text,
  cameo            text COLLATE "C",
  acled            text,
  other_class      text,
  factuality       text NOT NULL,
  trigger_start    integer NOT NULL,
  trigger_end      integer NOT NULL,
  trigger_text     text NOT NULL,
  time_start       text COLLATE "C",
  time_end         text COLLATE "C",
  time_precision   text,
  place_id         text,
  place_name       text,
  place_text       text,
  -- place name and mention folded for case- and accent-insensitive search (fold-for-search.ts)
  place_key        text,
  place_country    text COLLATE "C",
  lat              double precision,
  lon              double precision,
  place_precision  text,
  confidence       double precision NOT NULL,
  pipeline_version text NOT NULL,
  lexicon_version  text NOT NULL,
  record           jsonb NOT NULL
);
CREATE INDEX events_document ON events (document_id, trigger_start);
CREATE INDEX events_time ON events (time_start, time_end);
CREATE INDEX events_type_time ON events (type, time_start);
CREATE INDEX events_acled ON events (acled) WHERE acled IS NOT NULL;
CREATE INDEX events_country ON events (place_country, time_start);
CREATE INDEX events_factuality ON events (factuality);

CREATE TABLE event_actors (
  event_id   text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('actor', 'recipient')),
  position   integer NOT NULL,
  actor_id   text,
  -- upper case; a "C" btree serves the prefix match code LIKE 'SYR%'
  code       text COLLATE "C",
  name       text,
  country    text,
  text       text NOT NULL,
  -- name and mention folded for case- and accent-insensitive search (fold-for-search.ts)
  search_key text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_code ON event_actors (code, role);

-- Every span an event field came from: 'trigger', 'event', 'actor', 'recipient', 'time', 'place',
-- 'factuality', 'source', 'fatalities.civilian', 'injured.unspecified' …
CREATE TABLE event_evidence (
  event_id  text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  field     text NOT NULL,
  position  integer NOT NULL,
  start     integer NOT NULL,
  "end"     integer NOT NULL,
  PRIMARY KEY (event_id, field, position)
);

-- The attribution chain of an event, innermost source first (position 0).
CREATE TABLE event_sources (
  event_id  text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position  integer NOT NULL,
  name      text NOT NULL,
  kind      text NOT NULL,
  code      text,
  start     integer NOT NULL,
  "end"     integer NOT NULL,
  PRIMARY KEY (event_id, position)
);
CREATE INDEX event_sources_name ON event_sources (name);

CREATE TABLE event_casualties (
  event_id  text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  outcome   text NOT NULL CHECK (outcome IN ('killed', 'injured')),
  category  text NOT NULL,
  position  integer NOT NULL,
  low       integer NOT NULL,
  best      integer NOT NULL,
  high      integer,
  text      text NOT NULL,
  vague     text,
  start     integer NOT NULL,
  "end"     integer NOT NULL,
  PRIMARY KEY (event_id, outcome, category, position)
);

CREATE TABLE ingest_runs (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE TABLE ingest_run_inputs (
  run_id    integer NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
  position  integer NOT NULL,
  input     text NOT NULL,
  done_at   timestamptz,
  PRIMARY KEY (run_id, position),
  UNIQUE (run_id, input)
);

CREATE TABLE rejected_inputs (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  input    text NOT NULL,
  rule     text NOT NULL,
  severity text NOT NULL,
  message  text NOT NULL,
  at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rejected_inputs_input ON rejected_inputs (input);
`;
