import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { namesTheOutskirts } from '../../src/stages/build-records/outskirts-place.js';
import type { EventPlace } from '../../src/model/event-record.js';

const records = (text: string, published = '2017-11-20') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'outskirts-place.test.ts');
  return runPipeline(document).layers.events;
};

test('a report placed at a town named only as what it lies outside of ("a Damascus suburb") takes the area another report of it names ("Eastern Ghouta")', () => {
  const text = 'Regime forces have continued their bombardment of a besieged Damascus suburb, killing more civilians on Monday. '
    + 'The bombardment of the rebel-held Eastern Ghouta region on Monday killed eight civilians, a monitor said.';
  const places = records(text).filter((r) => r.type === 'ASSAULT').map((r) => r.place?.place.name);
  assert.ok(places.includes('Eastern Ghouta') && !places.includes('Damascus'), JSON.stringify(places));
});

const at = (text: string, name: string, place: Partial<EventPlace['place']>): EventPlace => {
  const start = text.indexOf(name);
  return { text: name, evidence: { start, end: start + name.length }, place: { id: name, name, precision: 'locality', country: 'SY', ...place } };
};

test('namesTheOutskirts: the town in "a Damascus suburb", "towns east of the capital Damascus" yields to a named area near it; "in Damascus" or an area far away does not', () => {
  const ghouta = at('x Eastern Ghouta', 'Eastern Ghouta', { precision: 'district', lat: 33.55, lon: 36.42 });
  const town = (text: string) => at(text, 'Damascus', { lat: 33.51, lon: 36.29 });
  assert.equal(namesTheOutskirts(town('a besieged Damascus suburb'), ghouta, 'a besieged Damascus suburb'), true);
  assert.equal(namesTheOutskirts(town('several towns east of the capital Damascus on Tuesday'), ghouta, 'several towns east of the capital Damascus on Tuesday'), true);
  assert.equal(namesTheOutskirts(town('shelling in Damascus killed two'), ghouta, 'shelling in Damascus killed two'), false);
  const far = at('x Homs', 'Homs', { lat: 34.73, lon: 36.72 });
  assert.equal(namesTheOutskirts(town('a besieged Damascus suburb'), far, 'a besieged Damascus suburb'), false);
});

test('a report placed only by the town it lies outside of ("towns east of the capital") takes the area the next sentence puts its dead in', () => {
  const text = 'At least 19 civilians were killed in heavy bombardment of several rebel-held towns east of the Syrian capital on Tuesday, a monitor said. '
    + 'Six children were among the dead in Eastern Ghouta, the largest rebel bastion near Damascus.';
  const bombardment = records(text, '2017-04-04').find((r) => r.triggerText.includes('bombardment'));
  assert.equal(bombardment?.place?.place.name, 'Eastern Ghouta', JSON.stringify(bombardment?.place));
});
