/**
 * Child process of sqlite-interrupted-ingest.test.ts: stores synthetic documents (5 events each)
 * into the database given as argv[2], one putAnalysis at a time, printing a line after each,
 * until its parent kills it, or until argv[3] documents are stored. argv[4] makes the texts differ between writers.
 */
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { aleppoEvents, makeDocument, META } from './event-fixtures.js';

const [path, count, salt = 'report'] = process.argv.slice(2);
const store = await openSqliteStore(path);
for (let n = 0; count === undefined || n < Number(count); n++) {
  const doc = makeDocument(`${salt} ${n}. ${'Air strikes hit the rebel-held east of Aleppo on Wednesday. '.repeat(40)}`, { title: `Report ${n}` });
  const events = Array.from({ length: 5 }, (_, i) => ({ ...aleppoEvents[0], id: `ev_${doc.contentHash.slice(0, 16)}_${i}`, documentId: doc.id }));
  await store.putAnalysis(doc, events, META);
  process.stdout.write(`stored ${n}\n`);
}
await store.close();
