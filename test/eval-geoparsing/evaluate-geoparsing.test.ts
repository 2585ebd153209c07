import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateGeoparsing, formatGeoparsingTable } from '../../src/eval/geoparsing/evaluate-geoparsing.js';
import { errorAuc, scoreArticle, emptyCounts } from '../../src/eval/geoparsing/score-geoparsing.js';
import { segment } from '../../src/stages/segment/segment.js';
import { annotatePlaces } from '../../src/stages/annotate-places/annotate-places.js';
import { gazetteerPath } from '../../src/gazetteer/gazetteer-file.js';
import type { PlaceMention } from '../../src/model/place.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const skip = !existsSync(gazetteerPath()) && 'data/generated/gazetteer.tsv is missing: run npm run build';
// The place stage alone, so that this test does not depend on the stages before it.
const stages = [segment, annotatePlaces];

test('scoreArticle counts overlapping spans as recognised and measures error only on recognised gold', () => {
  const counts = emptyCounts();
  const mention = (start: number, end: number, lat: number, lon: number): PlaceMention => ({ span: { start, end }, text: '', confidence: 1, place: { id: 'x', name: 'x', lat, lon, precision: 'locality' } });
  scoreArticle(
    [{ start: 0, end: 6, phrase: 'Aleppo', lat: 36.2, lon: 37.16 }, { start: 20, end: 25, phrase: 'Homs', lat: 34.73, lon: 36.72 }],
    [mention(0, 13, 36.2, 37.16), mention(40, 45, 0, 0)],
    counts,
  );
  assert.deepEqual([counts.gold, counts.goldFound, counts.predicted, counts.predictedCorrect], [2, 1, 2, 1]);
  assert.equal(counts.errorsKm.length, 1);
  assert.ok(counts.errorsKm[0] < 1);
});

test('errorAuc is 0 for perfect answers and 1 for answers half the Earth away', () => {
  assert.equal(errorAuc([0, 0, 0]), 0);
  assert.ok(Math.abs(errorAuc([20038, 20038]) - 1) < 1e-4);
  assert.ok(errorAuc([0, 10, 500]) > 0 && errorAuc([0, 10, 500]) < 1);
});

test('evaluateGeoparsing scores a GeoVirus-layout corpus end to end and formats a table', { skip }, async () => {
  const progress: number[] = [];
  const result = await evaluateGeoparsing(fixture('geovirus-layout.xml'), { stages, onProgress: (done) => progress.push(done) });
  assert.equal(result.n, 2);
  assert.equal(result.unanchored, 1);
  assert.equal(result.articles, 1);
  assert.deepEqual(progress, [1]);
  assert.ok(result.toponym_recall >= 0.5, `recall ${result.toponym_recall}`);
  assert.ok(result.acc_161km >= 0.5, `acc ${result.acc_161km}`);
  assert.match(formatGeoparsingTable(result), /accuracy within 161 km\s+\d\.\d{3}/);
});

test('evaluateGeoparsing reads all four layouts', { skip }, async () => {
  for (const file of ['lgl-layout.xml', 'geovirus-layout.xml', 'geowebnews-layout.xml', 'trnews-layout.xml']) {
    const result = await evaluateGeoparsing(fixture(file), { stages, limit: 5 });
    assert.ok(result.n > 0, file);
    assert.ok(result.toponym_f1 > 0, `${file}: F1 ${result.toponym_f1}`);
  }
});
