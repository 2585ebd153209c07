/**
 * Indexes for the event queries users run most on a large store (measured by `npm run bench`):
 * the latest events first (time_end descending, read backwards here) and a place-name substring
 * (a scan of this narrow index instead of every event row with its JSON record).
 */
export const eventQueryIndexes = `
CREATE INDEX events_time_end ON events (time_end, time_start);
CREATE INDEX events_place_key ON events (place_key);
`;
