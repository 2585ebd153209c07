import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { META, ALL, aleppo, aleppoEvents, geneva, genevaEvents, hajjah, hajjahEvents, makeDocument, makeEvent, spanOf, ids } from './event-fixtures.js';
import type { PlaceRef } from '../../src/model/place.js';

const ALEPPO_PLACE: PlaceRef = { id: 'geonames:170063', name: 'Aleppo', country: 'SY', lat: 36.2021, lon: 37.1343, precision: 'locality' };
const BEIRUT_PLACE: PlaceRef = { id: 'geonames:276781', name: 'Beirut', country: 'LB', lat: 33.8933, lon: 35.5016, precision: 'locality' };
import { eventFilterContract } from './contract-event-filters.js';
import { searchAndRunsContract } from './contract-search-and-runs.js';

/** Opens a store that keeps its data across close and re-open (a file, a database schema). */
export interface PersistentTarget {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

/** Opens a fresh store, runs `fn` on it, and always closes it. */
export type WithStore = (fn: (store: Store) => Promise<void>, seed?: boolean) => Promise<void>;

/**
 * The behaviour every Store implementation must have. `open` gives a new, empty store each call;
 * `persistent`, when the implementation has one, checks that a re-opened store keeps its data.
 */
export function runStoreContract(name: string, open: () => Promise<Store>, options: { persistent?: () => Promise<PersistentTarget> } = {}): void {
  const withStore: WithStore = async (fn, seed = false) => {
    const store = await open();
    try {
      if (seed) await store.putMany(ALL);
      await fn(store);
    } finally {
      await store.close();
    }
  };

  describe(`Store contract: ${name}`, () => {
    test('putAnalysis stores a document and its events, which read back unchanged', () => withStore(async (store) => {
      assert.deepEqual(await store.putAnalysis(aleppo, aleppoEvents, META), { stored: true, replaced: false });
      assert.equal(await store.hasDocument(aleppo.contentHash), true);
      assert.equal(await store.hasDocument(geneva.contentHash), false);
      const doc = await store.getDocument(aleppo.id);
      assert.ok(doc);
      assert.equal(doc.text, aleppo.text);
      assert.equal(doc.title, aleppo.title);
      assert.equal(doc.published, '2016-07-28');
      assert.equal(doc.pipelineVersion, '0.1.0');
      assert.equal(doc.lexiconVersion, 'lex-a');
      assert.equal(doc.copyOf, undefined);
      assert.ok(!Number.isNaN(Date.parse(doc.ingestedAt)));
      const shown = await store.getEvent(aleppoEvents[0].id);
      assert.deepEqual(shown?.event, aleppoEvents[0]);
      assert.equal(shown?.document.id, aleppo.id);
      assert.equal(await store.getEvent('ev_missing'), undefined);
      assert.equal(await store.getDocument('doc_missing'), undefined);
    }));

    test('an event with further places reads back with them, and a place filter or a country finds it by any of its places', () => withStore(async (store) => {
      const doc = makeDocument('Rocket fire killed four people in Aleppo and in Beirut on Monday.', { published: '2016-07-26' });
      const [event] = [makeEvent(doc, { trigger: 'Rocket fire', type: 'ASSAULT', factuality: 'asserted', sentence: 'Rocket fire killed four people in Aleppo and in Beirut on Monday.', place: { text: 'Aleppo', place: ALEPPO_PLACE } })];
      event.otherPlaces = [{ text: 'Beirut', evidence: { start: 48, end: 54 }, place: BEIRUT_PLACE }];
      await store.putAnalysis(doc, [event], META);
      assert.deepEqual((await store.getEvent(event.id))?.event, event);
      assert.deepEqual((await store.queryEvents({ place: 'beirut' })).map((e) => e.id), [event.id]);
      assert.deepEqual((await store.queryEvents({ country: 'lb' })).map((e) => e.id), [event.id]);
      assert.equal(await store.countEvents({ place: 'beirut' }), 1);
      assert.equal(await store.countEvents({ place: 'damascus' }), 0);
    }));

    test('an event told in parts reads back with each part and its own places, and is found by a part\'s place', () => withStore(async (store) => {
      const text = 'Rebels launched an assault in Aleppo, targeting a base in Beirut.';
      const doc = makeDocument(text, { published: '2016-07-26' });
      const [event] = [makeEvent(doc, { trigger: 'launched an assault', type: 'ASSAULT', factuality: 'asserted', sentence: text, place: { text: 'Aleppo', place: ALEPPO_PLACE } })];
      const beirut = { text: 'Beirut', evidence: spanOf(text, 'Beirut'), place: BEIRUT_PLACE };
      event.otherPlaces = [beirut];
      event.parts = [
        { trigger: event.trigger, triggerText: event.triggerText, evidence: spanOf(text, text), places: [event.place!] },
        { trigger: spanOf(text, 'targeting'), triggerText: 'targeting', evidence: spanOf(text, 'targeting a base in Beirut'), places: [beirut] },
      ];
      await store.putAnalysis(doc, [event], META);
      assert.deepEqual((await store.getEvent(event.id))?.event, event);
      assert.deepEqual((await store.queryEvents({ place: 'beirut' })).map((e) => e.id), [event.id]);
    }));

    test('the same content stored twice is stored once', () => withStore(async (store) => {
      await store.putAnalysis(aleppo, aleppoEvents, META);
      assert.deepEqual(await store.putAnalysis({ ...aleppo, title: 'Reprinted' }, aleppoEvents, META), { stored: false, replaced: false });
      assert.deepEqual(await store.putMany([{ doc: aleppo, events: aleppoEvents, meta: META }]), [{ stored: false, replaced: false }]);
      const stats = await store.stats();
      assert.equal(stats.documents, 1);
      assert.equal(stats.events, 2);
      assert.equal((await store.getDocument(aleppo.id))?.title, aleppo.title);
    }));

    test('a newer pipeline or lexicon version replaces the document\'s events and is found by documentsNeedingReprocess', () => withStore(async (store) => {
      await store.putMany(ALL);
      assert.deepEqual(await store.documentsNeedingReprocess('0.2.0', 'lex-a'), [aleppo.id, geneva.id, hajjah.id]);
      assert.deepEqual(await store.documentsNeedingReprocess('0.1.0', 'lex-a'), []);

      const reprocessed = [makeEvent(aleppo, {
        trigger: 'killed', type: 'ASSAULT', factuality: 'reported', sentence: 'killed at least 16 civilians',
      }, { pipeline: '0.2.0', lexicons: 'lex-a' })];
      assert.deepEqual(await store.putAnalysis(aleppo, reprocessed, { ...META, pipelineVersion: '0.2.0' }), { stored: true, replaced: true });
      assert.deepEqual(ids(await store.queryEvents({ documentId: aleppo.id })), ids(reprocessed));
      assert.equal(await store.getEvent(aleppoEvents[1].id), undefined);
      assert.equal((await store.getDocument(aleppo.id))?.pipelineVersion, '0.2.0');
      assert.deepEqual(await store.documentsNeedingReprocess('0.2.0', 'lex-a'), [geneva.id, hajjah.id]);
      // the article is indexed once, not once per analysis
      assert.equal((await store.searchDocuments('Observatory')).length, 1);

      assert.deepEqual(await store.putAnalysis(geneva, genevaEvents.slice(0, 1), { ...META, lexiconVersion: 'lex-b' }), { stored: true, replaced: true });
      assert.equal(await store.countEvents({ documentId: geneva.id }), 1);
      assert.equal((await store.stats()).documents, 3);
    }));

    test('a failing put stores nothing of that document and keeps what was stored before', () => withStore(async (store) => {
      await store.putAnalysis(aleppo, aleppoEvents, META);
      const duplicateId = [genevaEvents[0], { ...genevaEvents[1], id: genevaEvents[0].id }];
      await assert.rejects(store.putAnalysis(geneva, duplicateId, META));
      assert.equal(await store.hasDocument(geneva.contentHash), false);
      assert.equal(await store.countEvents({ documentId: geneva.id }), 0);
      assert.equal(await store.getEvent(genevaEvents[0].id), undefined);
      assert.deepEqual(await store.searchDocuments('Lavrov'), []);

      const wrongDocument = [{ ...hajjahEvents[0], documentId: aleppo.id }];
      await assert.rejects(store.putAnalysis(hajjah, wrongDocument, META), /belongs to document/);

      // a failed reprocess keeps the old analysis
      await assert.rejects(store.putAnalysis(aleppo, [aleppoEvents[0], aleppoEvents[0]], { ...META, pipelineVersion: '0.2.0' }));
      assert.deepEqual(ids(await store.queryEvents({ documentId: aleppo.id })), ids(aleppoEvents));
      assert.equal((await store.getDocument(aleppo.id))?.pipelineVersion, '0.1.0');

      const stats = await store.stats();
      assert.deepEqual([stats.documents, stats.events], [1, 2]);
    }));

    test('putMany stores a batch in one transaction: one bad document stores none of the batch', () => withStore(async (store) => {
      await store.putAnalysis(aleppo, aleppoEvents, META);
      await assert.rejects(store.putMany([
        { doc: hajjah, events: hajjahEvents, meta: META },
        { doc: geneva, events: [genevaEvents[0], genevaEvents[0]], meta: META },
      ]));
      assert.equal(await store.hasDocument(hajjah.contentHash), false);
      assert.equal((await store.stats()).documents, 1);

      const results = await store.putMany([...ALL].reverse());
      assert.deepEqual(results, [{ stored: true, replaced: false }, { stored: true, replaced: false }, { stored: false, replaced: false }]);
      assert.deepEqual((await store.stats()).eventsByType, { ASSAULT: 4, CONSULT: 1, REQUEST: 1 });
    }));

    test('a document with no events is stored, and counts as done', () => withStore(async (store) => {
      assert.deepEqual(await store.putAnalysis(hajjah, [], META), { stored: true, replaced: false });
      assert.equal(await store.hasDocument(hajjah.contentHash), true);
      assert.equal((await store.stats()).events, 0);
    }));

    test('schemaVersion is the version of the migrations applied', () => withStore(async (store) => {
      assert.ok(await store.schemaVersion() >= 2);
    }));

    if (options.persistent) {
      const persistent = options.persistent;
      test('a re-opened store keeps its documents and its schema version, and migrates nothing twice', async () => {
        const target = await persistent();
        try {
          const first = await target.open();
          await first.putMany(ALL);
          const runId = await first.beginIngestRun(['a.txt', 'b.txt']);
          await first.markInputDone(runId, 'a.txt');
          const version = await first.schemaVersion();
          await first.close();

          const second = await target.open();
          try {
            assert.equal(await second.schemaVersion(), version);
            assert.equal(await second.hasDocument(geneva.contentHash), true);
            assert.equal((await second.stats()).events, 6);
            assert.deepEqual(await second.pendingInputs(runId), ['b.txt']);
            assert.deepEqual(await second.putAnalysis(geneva, genevaEvents, META), { stored: false, replaced: false });
          } finally {
            await second.close();
          }
        } finally {
          await target.dispose();
        }
      });
    }

    eventFilterContract(withStore);
    searchAndRunsContract(withStore);
  });
}
