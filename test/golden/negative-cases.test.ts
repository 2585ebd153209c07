import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocument } from '../../src/readers/make-document.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';

/** test/golden/negative-cases.txt: one text a line that must give no event at all. */
const lines = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'negative-cases.txt'), 'utf8')
  .split('\n').filter((l) => l.trim() && !l.startsWith('#'));

test('texts on the negative-cases list give no event', () => {
  const offenders: string[] = [];
  for (const line of lines) {
    const { document } = makeDocument(line, { published: '2016-07-28', language: 'en' }, 'negative-cases.txt');
    const events = runPipeline(document).layers.events;
    if (events.length) offenders.push(`${line}  ->  ${events.map((e) => `${e.type} "${e.triggerText}"`).join(', ')}`);
  }
  assert.deepEqual(offenders, []);
});
