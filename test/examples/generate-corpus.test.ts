import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../../src/scripts/generate-corpus.js';
import { seededRandom } from '../../src/corpus/seeded-random.js';
import { rewriteText, drawDateShift } from '../../src/corpus/rewrite-article.js';
import { loadCorpusWordLists } from '../../src/corpus/word-lists.js';

const sample = [...generateCorpus({ count: 400, seed: 7 })];

test('generateCorpus gives the same articles for the same seed and different ones for another seed', () => {
  const again = [...generateCorpus({ count: 400, seed: 7 })];
  assert.deepEqual(again, sample);
  const other = [...generateCorpus({ count: 20, seed: 8 })];
  assert.notDeepEqual(other.map((a) => a.text), sample.slice(0, 20).map((a) => a.text));
});

test('generateCorpus keeps every text between 300 bytes and 8 KB and spreads lengths across the range', () => {
  const sizes = sample.map((a) => Buffer.byteLength(a.text, 'utf8'));
  assert.ok(Math.min(...sizes) >= 300, `shortest ${Math.min(...sizes)}`);
  assert.ok(Math.max(...sizes) <= 8192, `longest ${Math.max(...sizes)}`);
  assert.ok(sizes.some((n) => n < 600) && sizes.some((n) => n > 4000), 'no short or no long articles');
});

test('generateCorpus makes distinct texts, with valid dates, outlets and urls', () => {
  assert.equal(new Set(sample.map((a) => a.text)).size, sample.length);
  for (const a of sample) {
    assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(!Number.isNaN(Date.parse(a.published)));
    assert.ok(a.outlet.length > 0 && a.title.length > 0);
    assert.ok(a.text.startsWith(a.title));
    assert.match(a.url, /^https:\/\/example\.org\//);
  }
});

test('generateCorpus includes articles made only from the no-event example', () => {
  const noEvent = sample.filter((a) => !/kill|strike|shell|attack|ceasefire|talks|protest|kidnap|abduct|fight|bomb/i.test(a.text));
  assert.ok(noEvent.length > sample.length * 0.05, `only ${noEvent.length} of ${sample.length} articles without event words`);
});

test('rewriteText swaps a listed place consistently and moves weekdays with the date shift', () => {
  const lists = loadCorpusWordLists();
  const shift = drawDateShift('2016-10-04', seededRandom(3));
  const out = rewriteText('Jets hit Idlib on Tuesday. Idlib residents fled.', shift, lists, seededRandom(3));
  const place = /^Jets hit (.+?) on (\w+)\. (.+?) residents fled\.$/.exec(out);
  assert.ok(place, out);
  assert.equal(place[1], place[3]);
  const weekday = new Date(shift.published + 'T00:00:00Z').toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  assert.equal(place[2], weekday, 'the source was published on a Tuesday and says Tuesday');
});
