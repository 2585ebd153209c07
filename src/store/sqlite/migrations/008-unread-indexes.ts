/**
 * Drops two indexes that no query in src/store or src/cli reads: documents by publication date (no
 * query filters or orders documents by it; events carry their own dates) and attribution sources by
 * name (sources are read with their event, by its primary key). Every ingested article paid to
 * maintain both. Example: a store at version 7 keeps its rows and loses only these two indexes.
 */
export const unreadIndexes = `
DROP INDEX IF EXISTS documents_published;
DROP INDEX IF EXISTS event_sources_name;
`;
