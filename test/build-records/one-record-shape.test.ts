import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const events = (text: string) => runPipeline(makeDocument(text, { published: '2016-10-04', language: 'en' }, 'one-record-shape.test.ts').document).layers.events;

test('buildRecords gives every record the same fields in the same order, those it lacks present as undefined and left out of its JSON', () => {
  // Own sentences: a strike with a place, a day and a toll; talks with neither place nor toll; a headline strike merged with its report.
  const records = [
    ...events('Jets struck a market in the town of Saraqeb on Tuesday, killing at least nine civilians.'),
    ...events('The foreign ministers of Turkey and Iran met to discuss the war.'),
    ...events('Air strike kills five in Idlib\n\nAn air strike killed five people in the city of Idlib on Monday, activists said.'),
  ];
  assert.ok(records.length >= 3, JSON.stringify(records.map((r) => r.type)));
  const keys = Object.keys(records[0]);
  for (const r of records) assert.deepEqual(Object.keys(r), keys);
  const talks = records.find((r) => r.type === 'CONSULT');
  assert.ok(talks && talks.fatalities === undefined && talks.place === undefined);
  const json = JSON.parse(JSON.stringify(talks)) as Record<string, unknown>;
  assert.equal('fatalities' in json, false);
  assert.equal('place' in json, false);
  assert.equal('compliance' in json, false);
  const strike = records.find((r) => r.type === 'ASSAULT');
  assert.ok(strike?.place && strike.fatalities, 'the strike keeps its place and toll');
});
