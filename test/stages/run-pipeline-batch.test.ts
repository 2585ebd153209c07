import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../src/model/document.js';
import type { AnyStage } from '../../src/stages/stage.js';
import { runPipeline, runPipelineBatch, streamPipelineBatch, PIPELINE_CHUNK } from '../../src/stages/run-pipeline.js';

function doc(id: string, text: string): Document {
  return { id, contentHash: id.padEnd(64, '0'), text, language: 'en', published: '2016-10-04' };
}

// Own sentences, of the kinds the stages read: a strike with a toll and a source, talks, a denial, a text with no event.
const DOCS = [
  doc('a', 'BEIRUT, Oct 4 - Jets struck a market in the town of Saraqeb on Tuesday, killing at least nine civilians, a monitoring group said.'),
  doc('b', 'The foreign ministers of Turkey and Iran met in Ankara on Monday to discuss the fighting near Aleppo.'),
  doc('c', 'The army denied that its artillery had shelled the village. Rebels said two fighters died.'),
  doc('d', 'A new bookshop opened in the old city.'),
];

test('runPipelineBatch gives each document the layers and diagnostics runPipeline gives it alone, in order', () => {
  const batch = runPipelineBatch(DOCS);
  assert.equal(batch.length, DOCS.length);
  DOCS.forEach((d, i) => {
    const alone = runPipeline(d);
    assert.equal(batch[i].doc, d);
    assert.deepEqual(batch[i].layers, alone.layers);
    assert.deepEqual(batch[i].diagnostics, alone.diagnostics);
  });
  assert.ok(batch[0].layers.events.length > 0, 'the strike is found');
});

test('runPipelineBatch runs one stage over every document of the batch before the next stage starts', () => {
  const calls: string[] = [];
  const stage = (name: string, adds: string): AnyStage => ({
    name,
    needs: [],
    adds: [adds],
    run: (d: Document) => {
      calls.push(`${name}:${d.id}`);
      return { [adds]: [d.id] };
    },
  });
  const out = runPipelineBatch([DOCS[0], DOCS[1]], [stage('first', 'sentences'), stage('second', 'tokens')]);
  assert.deepEqual(calls, ['first:a', 'first:b', 'second:a', 'second:b']);
  assert.deepEqual(out.map((o) => o.layers), [{ sentences: ['a'], tokens: ['a'] }, { sentences: ['b'], tokens: ['b'] }]);
});

test('runPipelineBatch takes a long batch through the stages a chunk at a time, keeping the order given', () => {
  const calls: string[] = [];
  const stage = (name: string, adds: string): AnyStage => ({ name, needs: [], adds: [adds], run: (d: Document) => { calls.push(`${name}:${d.id}`); return { [adds]: [] }; } });
  const docs = Array.from({ length: PIPELINE_CHUNK + 1 }, (_, i) => doc(`d${i}`, 'Rebels shelled the town.'));
  const out = runPipelineBatch(docs, [stage('first', 'sentences'), stage('second', 'tokens')]);
  assert.deepEqual(out.map((o) => o.doc.id), docs.map((d) => d.id));
  const chunk = docs.slice(0, PIPELINE_CHUNK).map((d) => d.id);
  const last = docs[PIPELINE_CHUNK].id;
  assert.deepEqual(calls, [...chunk.map((id) => `first:${id}`), ...chunk.map((id) => `second:${id}`), `first:${last}`, `second:${last}`]);
});

test('runPipelineBatch names the stage that returned no layer it declared, as runPipeline does', () => {
  const broken: AnyStage = { name: 'broken', needs: [], adds: ['sentences'], run: () => ({}) };
  assert.throws(() => runPipelineBatch([DOCS[0]], [broken]), /Stage "broken" declares it adds "sentences" but returned no such layer/);
});

test('runPipelineBatch of no documents is empty', () => {
  assert.deepEqual(runPipelineBatch([]), []);
});

test('runPipeline stores each layer a stage returns as an array of its own, with the same items in the same order', () => {
  const returned = [{ id: 'x' }, { id: 'y' }];
  const stage: AnyStage = { name: 'listItems', needs: [], adds: ['sentences'], run: () => ({ sentences: returned }) } as unknown as AnyStage;
  const layer = runPipeline(DOCS[3], [stage]).layers.sentences as unknown[];
  assert.deepEqual(layer, returned);
  assert.notEqual(layer, returned);
  assert.equal(layer[1], returned[1]);
  const empty: AnyStage = { name: 'listNothing', needs: [], adds: ['sentences'], run: () => ({ sentences: [] }) } as unknown as AnyStage;
  assert.deepEqual(runPipeline(DOCS[3], [empty]).layers.sentences, []);
});

test('streamPipelineBatch gives the analyses of runPipelineBatch, in order, each once its chunk has been through every stage', () => {
  const streamed = [...streamPipelineBatch(DOCS)];
  assert.deepEqual(streamed.map((a) => a.doc), DOCS);
  assert.deepEqual(streamed.map((a) => a.layers), runPipelineBatch(DOCS).map((a) => a.layers));
  const calls: string[] = [];
  const stage: AnyStage = { name: 'first', needs: [], adds: ['sentences'], run: (d: Document) => { calls.push(d.id); return { sentences: [] }; } };
  const docs = Array.from({ length: PIPELINE_CHUNK + 1 }, (_, i) => doc(`d${i}`, 'Rebels shelled the town.'));
  const stream = streamPipelineBatch(docs, [stage]);
  assert.equal(stream.next().value?.doc.id, 'd0');
  // The first chunk is done, the next one not yet started: a caller can drop the first chunk's layers before it is.
  assert.equal(calls.length, PIPELINE_CHUNK);
  assert.equal([...stream].length, PIPELINE_CHUNK);
  assert.equal(calls.length, PIPELINE_CHUNK + 1);
});
