import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

const supports = (text: string) =>
  runPipeline(makeDocument(text, { published: '2021-06-02', language: 'en' }, 'stance-noun.test.ts').document).layers.events.filter((r) => r.type === 'SUPPORT');

test('buildRecords records no SUPPORT event for the noun "support for" that names a stance', () => {
  assert.equal(supports('Norland faces growing criticism over its support for the government in Harbin.').length, 0);
  assert.equal(supports('The ministers acknowledged weak public support for any military action against the junta.').length, 0);
});

test('buildRecords records the support a verb gives or declares ("would continue its support for")', () => {
  assert.equal(supports('The foreign minister said Norland would continue its support for the government in Harbin.').length, 1);
});
