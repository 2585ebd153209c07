/**
 * The reading options of an ingest run (publication date, outlet, field map …), kept so that
 * `sitrep ingest --resume` reads the rest of the inputs exactly as the interrupted run would have.
 */
export const ingestRunOptions = `
ALTER TABLE ingest_runs ADD COLUMN options TEXT;
`;
