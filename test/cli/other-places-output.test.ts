import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EventRecord } from '../../src/model/event-record.js';
import { formatEventCsv } from '../../src/cli/output/format-csv.js';
import { formatEventGeoJson } from '../../src/cli/output/format-geojson.js';
import { formatEventTable } from '../../src/cli/output/format-table.js';
import { makeTempDir, runSitrep, said } from './run-sitrep.js';

const text = 'Rocket fire killed four people in Aleppo and in Beirut on Monday.';
const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const event: EventRecord = {
  id: 'ev_0000000000000000_0000', documentId: 'doc_0000000000000000', type: 'ASSAULT', trigger: span('Rocket fire'), triggerText: 'Rocket fire',
  actors: [], recipients: [], factuality: 'asserted', attribution: [], evidence: [span(text)], confidence: 0.8, provenance: { pipeline: '0.1.0', lexicons: 'x' },
  place: { text: 'Aleppo', evidence: span('Aleppo'), place: { id: 'geonames:170063', name: 'Aleppo', country: 'SY', lat: 36.2, lon: 37.13, precision: 'locality' } },
  otherPlaces: [{ text: 'Beirut', evidence: span('Beirut'), place: { id: 'geonames:276781', name: 'Beirut', country: 'LB', lat: 33.89, lon: 35.5, precision: 'locality' } }],
};

test('events --format csv lists the further places of an event in other_places, the main place staying in place', () => {
  const [row] = parse(formatEventCsv([event]), { columns: true }) as Record<string, string>[];
  assert.equal(row.place, 'Aleppo');
  assert.equal(row.other_places, 'Beirut (LB)');
});

test('events --format geojson puts an event with further places at all of them, the main place first', () => {
  const [feature] = JSON.parse(formatEventGeoJson([event])).features;
  assert.deepEqual(feature.geometry, { type: 'MultiPoint', coordinates: [[37.13, 36.2], [35.5, 33.89]] });
  assert.deepEqual(feature.properties.other_places, ['Beirut']);
  const single = JSON.parse(formatEventGeoJson([{ ...event, otherPlaces: undefined }])).features[0];
  assert.deepEqual(single.geometry, { type: 'Point', coordinates: [37.13, 36.2] });
});

test('events as a table names the main place and how many more there are', () => {
  assert.match(formatEventTable([event], new Map([[event.documentId, text]])), /Aleppo, SY \+1/);
});

test('show ID prints each further place on an "also in" line, with the words it came from', () => {
  const db = join(makeTempDir('other-places'), 'sitrep.db');
  const run = runSitrep(['ingest', 'examples/articles/17-gaza-truce-violation-claim.txt', '--db', db, '--quiet']);
  assert.equal(run.status, 0, said(run));
  const listed = JSON.parse(runSitrep(['events', '--db', db, '--format', 'json']).stdout) as EventRecord[];
  const several = listed.find((e) => e.otherPlaces?.length);
  assert.ok(several, 'article 17 has an air strike in Khan Yunis and Gaza City');
  const shown = runSitrep(['show', several.id, '--db', db]);
  assert.equal(shown.status, 0, said(shown));
  const also = shown.stdout.split('\n').filter((l) => l.startsWith('also in'));
  assert.equal(also.length, several.otherPlaces!.length, shown.stdout);
  assert.ok(also[0].includes(`from “${several.otherPlaces![0].text}”`), also[0]);
});
