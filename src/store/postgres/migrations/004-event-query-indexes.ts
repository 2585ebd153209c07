/**
 * The index for the latest events first (time_end descending, events with no time last), as
 * SQLite's migration 4 adds; a place-name substring stays a scan here (pg_trgm would be the index).
 */
export const eventQueryIndexes = `
CREATE INDEX events_time_end ON events (time_end DESC NULLS LAST, time_start DESC NULLS LAST);
`;
