import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const records = (text: string, published = '2019-03-18') => {
  const { document } = makeDocument(text, { published, language: 'en' }, 'days-apart.test.ts');
  return runPipeline(document).layers.events;
};

test("daysApart dates an act by the days a phrase sets it from another act of the sentence ('a day after')", () => {
  // Friday 2019-03-15: the bombing a day before it was on Thursday the 14th.
  const bombing = records('The army closed the crossing on Friday, a day after a car bomb killed four soldiers.').find((r) => r.triggerText.includes('bomb') || r.triggerText === 'killed');
  assert.ok(bombing, 'the bombing is recorded');
  assert.equal(bombing.time?.start, '2019-03-14', JSON.stringify(bombing.time));
});

test("daysApart reads only 'after' and 'before': a word that names a property of JavaScript objects is no such phrase", () => {
  // With an object literal for the two words, 'constructor' looked like one and gave a NaN day (an invalid date threw).
  for (const word of ['constructor', 'toString', 'valueOf']) {
    assert.doesNotThrow(() => records(`The army closed the crossing on Friday, two days ${word} rebels attacked the post.`), word);
  }
});
