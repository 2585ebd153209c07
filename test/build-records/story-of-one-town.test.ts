import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2016-10-13') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'story-of-one-town.test.ts');
  return runPipeline(document).layers.events;
};

test('a report with no place of its own, in a story whose places in the country are all one town, is placed in that town, not the country', () => {
  const text = 'Jets pounded rebel-held districts of the city on Thursday, a monitor said. '
    + 'The offensive in Homs began in September, and fighting in Homs has not stopped since. '
    + 'A truce in Syria collapsed last month. '
    + 'Aid groups say food is running out. Doctors say medicines are running out. Residents say water is running out. Officials say fuel is running out. '
    + 'Nine civilians were killed in opposition-held areas on Wednesday, the monitor said.';
  const killed = records(text).find((r) => r.triggerText === 'killed');
  assert.ok(killed);
  assert.equal(killed.place?.place.name, 'Homs', JSON.stringify(killed.place));
});
