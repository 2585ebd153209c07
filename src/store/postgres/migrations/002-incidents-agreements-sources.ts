/**
 * Tables for the cross-document features (incidents, agreements, sources), created now so that
 * those features add code, not a schema rewrite. Nothing writes them yet. The PostgreSQL twin of
 * ../../sqlite/migrations/002-incidents-agreements-sources.ts; bodies are JSONB here.
 */
export const incidentsAgreementsSources = `
-- Outlets and the sources named inside articles, so a claim relayed by ten outlets counts once.
CREATE TABLE outlets (
  id        text COLLATE "C" PRIMARY KEY,
  name      text NOT NULL UNIQUE,
  domain    text,
  country   text,
  -- wire services and their subscribers: one independent voice
  parent_id text COLLATE "C" REFERENCES outlets(id) ON DELETE SET NULL
);
CREATE TABLE sources (
  id        text COLLATE "C" PRIMARY KEY,
  name      text NOT NULL,
  kind      text NOT NULL,
  code      text,
  outlet_id text COLLATE "C" REFERENCES outlets(id) ON DELETE SET NULL
);
-- Links a position of an event's attribution chain to the source it names, once resolved.
CREATE TABLE event_source_links (
  event_id  text COLLATE "C" NOT NULL,
  position  integer NOT NULL,
  source_id text COLLATE "C" NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, position),
  FOREIGN KEY (event_id, position) REFERENCES event_sources(event_id, position) ON DELETE CASCADE
);
CREATE INDEX event_source_links_source ON event_source_links (source_id);

-- One real-world event reported by one or more documents.
CREATE TABLE incidents (
  id            text COLLATE "C" PRIMARY KEY,
  type          text COLLATE "C" NOT NULL,
  time_start    text COLLATE "C",
  time_end      text COLLATE "C",
  place_country text COLLATE "C",
  lat           double precision,
  lon           double precision,
  grade         text,
  body          jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_time ON incidents (time_start, time_end);
-- Reports are rebuilt when a document is reprocessed (its events are replaced); the decisions
-- below are not, because they may be a person's judgement.
CREATE TABLE incident_reports (
  incident_id text COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
  event_id    text COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_reports_event ON incident_reports (event_id);
CREATE TABLE incident_decisions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('merge', 'split', 'keep-apart')),
  incident_ids jsonb NOT NULL,
  event_ids    jsonb NOT NULL,
  reason       text NOT NULL,
  decided_by   text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agreements (
  id         text COLLATE "C" PRIMARY KEY,
  name       text NOT NULL,
  time_start text COLLATE "C",
  time_end   text COLLATE "C",
  body       jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE verdicts (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id     text COLLATE "C" NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  event_id         text COLLATE "C" REFERENCES events(id) ON DELETE CASCADE,
  incident_id      text COLLATE "C" REFERENCES incidents(id) ON DELETE CASCADE,
  verdict          text NOT NULL CHECK (verdict IN ('violation', 'not-a-violation', 'undetermined')),
  clause           text,
  reasons          jsonb NOT NULL,
  pipeline_version text NOT NULL,
  at               timestamptz NOT NULL DEFAULT now(),
  CHECK ((event_id IS NULL) <> (incident_id IS NULL))
);
CREATE INDEX verdicts_event ON verdicts (event_id) WHERE event_id IS NOT NULL;
CREATE INDEX verdicts_incident ON verdicts (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX verdicts_agreement ON verdicts (agreement_id);
`;
