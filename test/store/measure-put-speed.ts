/**
 * How fast the SQLite store takes analysed documents: N synthetic ~3 KB articles with 10 full
 * events each, into a file database, first in putMany batches, then one putAnalysis at a time.
 * Run: node --import tsx test/store/measure-put-speed.ts [documents=2000] [batch=200]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { AnalysisItem } from '../../src/store/store.js';
import { aleppoEvents, hajjahEvents, genevaEvents, makeDocument, META } from './event-fixtures.js';

const documents = Number(process.argv[2] ?? 2000);
const batch = Number(process.argv[3] ?? 200);
const templates = [aleppoEvents[0], aleppoEvents[1], genevaEvents[0], genevaEvents[1], hajjahEvents[0]];
const paragraph = 'Syrian government air strikes killed at least 16 civilians in the rebel-held east of Aleppo on Wednesday, '
  + 'the Syrian Observatory for Human Rights said, while talks in Geneva on a pause in the fighting went on. ';

function makeItems(count: number, salt: string): AnalysisItem[] {
  return Array.from({ length: count }, (_, n) => {
    const doc = makeDocument(`${salt} article ${n}. ${paragraph.repeat(14)}`, { title: `Article ${n}`, published: '2016-07-28', outlet: 'Wire' });
    const events = Array.from({ length: 10 }, (_, i) => {
      const template = templates[i % templates.length];
      return { ...template, id: `ev_${doc.contentHash.slice(0, 16)}_${i}`, documentId: doc.id };
    });
    return { doc, events, meta: META };
  });
}

const dir = await mkdtemp(join(tmpdir(), 'sitrep-speed-'));
try {
  const store = await openSqliteStore(join(dir, 'speed.db'));
  const batched = makeItems(documents, 'batched');
  // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
  const cpuSeconds = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1e6; };
  let cpu = process.cpuUsage();
  let started = performance.now();
  for (let i = 0; i < batched.length; i += batch) await store.putMany(batched.slice(i, i + batch));
  const batchedSeconds = (performance.now() - started) / 1000;
  const batchedCpu = cpuSeconds(cpu);

  const single = makeItems(Math.min(documents, 1000), 'single');
  cpu = process.cpuUsage();
  started = performance.now();
  for (const { doc, events, meta } of single) await store.putAnalysis(doc, events, meta);
  const singleSeconds = (performance.now() - started) / 1000;
  const singleCpu = cpuSeconds(cpu);

  started = performance.now();
  const found = await store.queryEvents({ actor: 'SYR', text: 'Geneva', from: '2016-07-01', to: '2016-07-31', limit: 100 });
  const queryMs = performance.now() - started;
  const stats = await store.stats();
  await store.close();
  console.log(`putMany (batches of ${batch}): ${documents} documents, ${documents * 10} events in ${batchedSeconds.toFixed(2)} s = ${Math.round(documents / batchedSeconds)} documents/s wall, ${Math.round(documents / batchedCpu)} documents per CPU-second`);
  console.log(`putAnalysis (one transaction each): ${single.length} documents in ${singleSeconds.toFixed(2)} s = ${Math.round(single.length / singleSeconds)} documents/s wall, ${Math.round(single.length / singleCpu)} documents per CPU-second`);
  console.log(`queryEvents (actor + text + time, limit 100) over ${stats.events} events: ${found.length} found in ${queryMs.toFixed(1)} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
