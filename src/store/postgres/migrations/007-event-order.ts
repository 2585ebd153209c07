/**
 * The ingest order of an event's document (documents.seq) copied onto the event row, as SQLite's
 * migration 7: a page in the default order (ingest order, then position in the text) can be read
 * from an index in that order, stopping after the page, with no join to the documents. The planner
 * chooses between these and the filter indexes from its statistics; place_country rides along so a
 * country is checked without reading the row.
 */
export const eventOrder = `
ALTER TABLE events ADD COLUMN document_seq bigint;
UPDATE events e SET document_seq = d.seq FROM documents d WHERE d.id = e.document_id;
CREATE INDEX events_order ON events (document_seq, trigger_start, id) INCLUDE (place_country);
CREATE INDEX events_type_order ON events (type, document_seq, trigger_start, id) INCLUDE (place_country);
`;
