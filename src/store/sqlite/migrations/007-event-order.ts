/**
 * The ingest order of an event's document (documents.seq) copied onto the event row, so a page in
 * the default order ('document': ingest order, then position in the text) is read from an index in
 * that order and stops after the page, instead of sorting every match after a join to the documents.
 * events_order walks every event in that order (actor, place and text filters check each entry);
 * events_type_order walks one type, and carries place_country so a country is checked in the index.
 */
export const eventOrder = `
ALTER TABLE events ADD COLUMN document_seq INTEGER;
UPDATE events SET document_seq = (SELECT seq FROM documents d WHERE d.id = events.document_id);
CREATE INDEX events_order ON events (document_seq, trigger_start, id, place_country);
CREATE INDEX events_type_order ON events (type, document_seq, trigger_start, id, place_country);
`;
