import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readGeoparsingXml } from '../../src/eval/geoparsing/read-geoparsing-xml.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const phrases = (file: string) => readGeoparsingXml(fixture(file)).map((a) => a.toponyms.map((t) => a.text.slice(t.start, t.end)));

test('the LGL layout gives gold toponyms with their GeoNames points, re-anchors a drifted one and counts one it cannot find', () => {
  const [article] = readGeoparsingXml(fixture('lgl-layout.xml'));
  assert.equal(article.id, '1');
  assert.ok(article.text.includes('burned & nobody'), 'CDATA text is kept as written');
  assert.deepEqual(article.toponyms.map((t) => [article.text.slice(t.start, t.end), t.lat]), [['Alexandria', 31.3113], ['Rapides Parish', 31.1669]]);
  assert.equal(article.unanchored, 1);
});

test('the GeoVirus layout skips commented-out templates and reads its one-past offsets', () => {
  const articles = readGeoparsingXml(fixture('geovirus-layout.xml'));
  assert.equal(articles.length, 1);
  assert.deepEqual(phrases('geovirus-layout.xml'), [['Pandi', 'Manila']]);
  assert.equal(articles[0].unanchored, 1);
});

test('the GeoWebNews layout takes only the annotations with coordinates as gold', () => {
  const [article] = readGeoparsingXml(fixture('geowebnews-layout.xml'));
  assert.deepEqual(article.toponyms.map((t) => [article.text.slice(t.start, t.end), t.lat, t.lon]), [['Geneva', 46.20222, 6.14569]]);
  assert.equal(article.id, '7');
});

test('the TR-News layout reads like LGL and re-anchors a toponym whose offsets drift', () => {
  assert.deepEqual(phrases('trnews-layout.xml'), [['Ankara', 'Istanbul']]);
});
