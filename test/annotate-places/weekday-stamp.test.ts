import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const places = (text: string) => {
  const { document } = makeDocument(text, { published: '2016-10-31', language: 'en' }, 'weekday-stamp.test.ts');
  return runPipeline(document).layers.places.map((p) => `${p.text}:${p.place?.country ?? '-'}`);
};

test("annotatePlaces reads a page's cut weekday before a date ('Mon Oct 31 2016', 'Mon, 31 October') as a day, not a place", () => {
  assert.deepEqual(places('Mon Oct 31 2016 Government troops shelled Daraa on Sunday.'), ['Daraa:SY']);
  assert.deepEqual(places('Mon, 31 October 2016 Government troops shelled Daraa on Sunday.'), ['Daraa:SY']);
});

test('annotatePlaces keeps a place that shares the weekday\'s letters when no date follows it ("in Mon State", "in Mon")', () => {
  assert.deepEqual(places('Fighting broke out in Mon State on Tuesday.'), ['Mon:MM']);
  assert.deepEqual(places('Fighting broke out in Mon on Tuesday.'), ['Mon:MM']);
});

test("a name the gazetteer lacks is no longer placed in the weekday's namesake ('Rural Daraa' after 'Mon Oct 31')", () => {
  const { document } = makeDocument('Mon Oct 31 2016 Syrian Army kills 33 terrorists in Rural Daraa.', { published: '2016-10-31', language: 'en' }, 'weekday-stamp.test.ts');
  const countries = runPipeline(document).layers.events.map((e) => e.place?.place.country);
  assert.ok(!countries.includes('MM'), JSON.stringify(countries));
});
