/**
 * The same two unread indexes as SQLite's migration 8 (documents by publication date, attribution sources by
 * name), dropped here too: the statements are portable, so PostgreSQL runs SQLite's text.
 */
export { unreadIndexes } from '../../sqlite/migrations/008-unread-indexes.js';
