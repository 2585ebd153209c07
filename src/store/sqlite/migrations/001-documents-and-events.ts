/**
 * Documents, their events, and what the event filters search by. The full EventRecord is kept
 * as JSON in events.record; the other event columns and child tables are copies for filtering
 * and tracing, rebuilt from the record whenever the document is reprocessed.
 */
export const documentsAndEvents = `
-- seq is the rowid: FTS5 addresses rows by an integer that VACUUM must not renumber, which only
-- an INTEGER PRIMARY KEY guarantees. id is the stable public key that everything else references.
CREATE TABLE documents (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  content_hash     TEXT NOT NULL UNIQUE,
  text             TEXT NOT NULL,
  title            TEXT,
  published        TEXT,
  time_zone        TEXT,
  outlet           TEXT,
  url              TEXT,
  language         TEXT NOT NULL,
  origin           TEXT,
  ingested_at      TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  lexicon_version  TEXT NOT NULL,
  -- near-duplicates (wire copy reprinted): set by a later pass, never by ingest
  copy_of          TEXT REFERENCES documents(id) ON DELETE SET NULL,
  signature        TEXT
);
CREATE INDEX documents_versions ON documents (pipeline_version, lexicon_version);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_signature ON documents (signature) WHERE signature IS NOT NULL;
CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'documents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
-- Only title and text: a reprocess updates the version columns and must not re-index the article.
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE events (
  id               TEXT PRIMARY KEY,
  document_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type             TEXT NOT NULL,
  mode             TEXT,
  cameo            TEXT,
  acled            TEXT,
  other_class      TEXT,
  factuality       TEXT NOT NULL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  trigger_text     TEXT NOT NULL,
  time_start       TEXT,
  time_end         TEXT,
  time_precision   TEXT,
  place_id         TEXT,
  place_name       TEXT,
  place_text       TEXT,
  -- place name and mention folded for case- and accent-insensitive search (fold-for-search.ts)
  place_key        TEXT,
  place_country    TEXT,
  lat              REAL,
  lon              REAL,
  place_precision  TEXT,
  confidence       REAL NOT NULL,
  pipeline_version TEXT NOT NULL,
  lexicon_version  TEXT NOT NULL,
  record           TEXT NOT NULL
);
CREATE INDEX events_document ON events (document_id, trigger_start);
CREATE INDEX events_time ON events (time_start, time_end);
CREATE INDEX events_type_time ON events (type, time_start);
CREATE INDEX events_acled ON events (acled) WHERE acled IS NOT NULL;
CREATE INDEX events_country ON events (place_country, time_start);
CREATE INDEX events_factuality ON events (factuality);

CREATE TABLE event_actors (
  event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  position  INTEGER NOT NULL,
  actor_id  TEXT,
  code      TEXT,
  name      TEXT,
  country   TEXT,
  text      TEXT NOT NULL,
  -- name and mention folded for case- and accent-insensitive search (fold-for-search.ts)
  search_key TEXT NOT NULL,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors (code, role);

-- Every span an event field came from: 'trigger', 'event', 'actor', 'recipient', 'time', 'place',
-- 'factuality', 'source', 'fatalities.civilian', 'injured.unspecified' …
CREATE TABLE event_evidence (
  event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  field     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  PRIMARY KEY (event_id, field, position)
) WITHOUT ROWID;

-- The attribution chain of an event, innermost source first (position 0).
CREATE TABLE event_sources (
  event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  code      TEXT,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_sources_name ON event_sources (name);

CREATE TABLE event_casualties (
  event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  outcome   TEXT NOT NULL CHECK (outcome IN ('killed', 'injured')),
  category  TEXT NOT NULL,
  position  INTEGER NOT NULL,
  low       INTEGER NOT NULL,
  best      INTEGER NOT NULL,
  high      INTEGER,
  text      TEXT NOT NULL,
  vague     TEXT,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  PRIMARY KEY (event_id, outcome, category, position)
) WITHOUT ROWID;

CREATE TABLE ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE ingest_run_inputs (
  run_id    INTEGER NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  input     TEXT NOT NULL,
  done_at   TEXT,
  PRIMARY KEY (run_id, position),
  UNIQUE (run_id, input)
);

CREATE TABLE rejected_inputs (
  id       INTEGER PRIMARY KEY,
  input    TEXT NOT NULL,
  rule     TEXT NOT NULL,
  severity TEXT NOT NULL,
  message  TEXT NOT NULL,
  at       TEXT NOT NULL
);
CREATE INDEX rejected_inputs_input ON rejected_inputs (input);
`;
