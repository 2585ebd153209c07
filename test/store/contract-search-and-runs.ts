import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WithStore } from './store-contract.js';
import { aleppo, geneva, hajjah } from './event-fixtures.js';

/** Full-text search over documents (odd input included), resumable ingest runs and rejected inputs. */
export function searchAndRunsContract(withStore: WithStore): void {
  describe('searchDocuments', () => {
    const hitIds = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

    test('searchDocuments finds words in the text and title, with a marked snippet', () => withStore(async (store) => {
      const [hit, ...rest] = await store.searchDocuments('Lavrov');
      assert.equal(rest.length, 0);
      assert.equal(hit.id, geneva.id);
      assert.equal(hit.title, geneva.title);
      assert.equal(hit.outlet, 'AP');
      assert.match(hit.snippet, /\[Lavrov\]/);
      assert.deepEqual(hitIds(await store.searchDocuments('Yemen')), [hajjah.id]);
    }, true));

    test('searchDocuments takes quotes, hyphens, operators and empty input without throwing', () => withStore(async (store) => {
      assert.deepEqual(await store.searchDocuments(''), []);
      assert.deepEqual(await store.searchDocuments('   '), []);
      assert.deepEqual(await store.searchDocuments('"'), []);
      assert.deepEqual(await store.searchDocuments('" - * ( )'), []);
      assert.deepEqual(hitIds(await store.searchDocuments('al-Nusra')), [aleppo.id, geneva.id].sort());
      assert.deepEqual(hitIds(await store.searchDocuments('"Geneva')), [geneva.id]);
      // a leading hyphen is a word, not NOT
      assert.deepEqual(hitIds(await store.searchDocuments('Kerry -Lavrov')), [geneva.id]);
      assert.deepEqual(hitIds(await store.searchDocuments('NEAR(Kerry OR')), []);
      assert.deepEqual(hitIds(await store.searchDocuments("Houthi-run 'market'")), [hajjah.id]);
      assert.deepEqual(hitIds(await store.searchDocuments('negotiat*')), [geneva.id]);
    }, true));

    test('searchDocuments respects its limit', () => withStore(async (store) => {
      assert.equal((await store.searchDocuments('said', 1)).length, 1);
      assert.equal((await store.searchDocuments('said')).length, 3);
    }, true));
  });

  describe('ingest runs and rejected inputs', () => {
    test('an ingest run lists its pending inputs in order until each is marked done', () => withStore(async (store) => {
      const runId = await store.beginIngestRun(['a.txt', 'b.html', 'c.jsonl', 'a.txt']);
      assert.deepEqual(await store.pendingInputs(runId), ['a.txt', 'b.html', 'c.jsonl']);
      await store.markInputDone(runId, 'b.html');
      assert.deepEqual(await store.pendingInputs(runId), ['a.txt', 'c.jsonl']);
      const unfinished = await store.lastUnfinishedRun();
      assert.equal(unfinished?.id, runId);
      assert.equal(unfinished?.inputs, 3);
      assert.equal(unfinished?.pending, 2);
      assert.ok(!Number.isNaN(Date.parse(unfinished!.startedAt)));
      await assert.rejects(store.markInputDone(runId, 'never-given.txt'), /not part of ingest run/);
      await store.finishIngestRun(runId);
      assert.equal(await store.lastUnfinishedRun(), undefined);
    }));

    test('an ingest run keeps the options it was begun with, for a resume to read the rest the same way', () => withStore(async (store) => {
      const options = { published: '2016-07-28', outlet: 'Izvestia', map: { text: 'article_content' } };
      const runId = await store.beginIngestRun(['a.txt'], options);
      assert.deepEqual(await store.ingestRunOptions(runId), options);
      assert.equal(await store.ingestRunOptions(await store.beginIngestRun(['b.txt'])), undefined);
    }));

    test('lastUnfinishedRun is the latest run not finished, and runs do not share inputs', () => withStore(async (store) => {
      const first = await store.beginIngestRun(['x.txt']);
      const second = await store.beginIngestRun(['x.txt', 'y.txt']);
      const third = await store.beginIngestRun([]);
      await store.finishIngestRun(third);
      await store.markInputDone(first, 'x.txt');
      assert.deepEqual(await store.pendingInputs(second), ['x.txt', 'y.txt']);
      assert.equal((await store.lastUnfinishedRun())?.id, second);
      await store.finishIngestRun(second);
      assert.equal((await store.lastUnfinishedRun())?.id, first);
      assert.equal((await store.lastUnfinishedRun())?.pending, 0);
    }));

    test('rejected inputs are kept with the rule and message, latest first, and counted', () => withStore(async (store) => {
      await store.recordRejectedInput('photo.jpg', {
        severity: 'error', rule: 'binary-input', input: 'photo.jpg',
        message: 'photo.jpg: looks like binary data (NUL bytes in the first 8 KiB); give a text, HTML or JSONL file',
      });
      await store.recordRejectedInput('feed.jsonl:17', { severity: 'error', rule: 'invalid-json', message: 'feed.jsonl:17: not JSON' });
      const rejected = await store.rejectedInputs();
      assert.deepEqual(rejected.map((r) => [r.input, r.rule, r.severity]), [['feed.jsonl:17', 'invalid-json', 'error'], ['photo.jpg', 'binary-input', 'error']]);
      assert.match(rejected[1].message, /NUL bytes/);
      assert.equal((await store.stats()).rejectedInputs, 2);
      assert.equal((await store.rejectedInputs(1)).length, 1);
    }));
  });
}
