/**
 * Tables for the cross-document features (incidents, agreements, sources), created now so that
 * those features add code, not a schema rewrite. Nothing writes them yet.
 */
export const incidentsAgreementsSources = `
-- Outlets and the sources named inside articles, so a claim relayed by ten outlets counts once.
CREATE TABLE outlets (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  domain    TEXT,
  country   TEXT,
  -- wire services and their subscribers: one independent voice
  parent_id TEXT REFERENCES outlets(id) ON DELETE SET NULL
);
CREATE TABLE sources (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  code      TEXT,
  outlet_id TEXT REFERENCES outlets(id) ON DELETE SET NULL
);
-- Links a position of an event's attribution chain to the source it names, once resolved.
CREATE TABLE event_source_links (
  event_id  TEXT NOT NULL,
  position  INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, position),
  FOREIGN KEY (event_id, position) REFERENCES event_sources(event_id, position) ON DELETE CASCADE
);

-- One real-world event reported by one or more documents.
CREATE TABLE incidents (
  id          TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  time_start  TEXT,
  time_end    TEXT,
  place_country TEXT,
  lat         REAL,
  lon         REAL,
  grade       TEXT,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX incidents_time ON incidents (time_start, time_end);
-- Reports are rebuilt when a document is reprocessed (its events are replaced); the decisions
-- below are not, because they may be a person's judgement.
CREATE TABLE incident_reports (
  incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  added_at    TEXT NOT NULL,
  PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_reports_event ON incident_reports (event_id);
CREATE TABLE incident_decisions (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'keep-apart')),
  incident_ids TEXT NOT NULL,
  event_ids   TEXT NOT NULL,
  reason      TEXT NOT NULL,
  decided_by  TEXT NOT NULL,
  at          TEXT NOT NULL
);

CREATE TABLE agreements (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  time_start TEXT,
  time_end   TEXT,
  body       TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE verdicts (
  id           INTEGER PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  event_id     TEXT REFERENCES events(id) ON DELETE CASCADE,
  incident_id  TEXT REFERENCES incidents(id) ON DELETE CASCADE,
  verdict      TEXT NOT NULL CHECK (verdict IN ('violation', 'not-a-violation', 'undetermined')),
  clause       TEXT,
  reasons      TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  at           TEXT NOT NULL,
  CHECK ((event_id IS NULL) <> (incident_id IS NULL))
);
CREATE INDEX verdicts_event ON verdicts (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX verdicts_incident ON verdicts (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX verdicts_agreement ON verdicts (agreement_id);
`;
