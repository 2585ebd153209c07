import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../src/readers/index.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { summarizeEvents } from './summarize-events.js';

/**
 * Golden files: the events of every bundled example article, in a compact form beside it in
 * test/golden/examples/. A change in what the pipeline finds shows up as a diff to review.
 * SITREP_UPDATE_GOLDEN=1 npm test rewrites them; commit the diff with the change that caused it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const articles = join(root, 'examples', 'articles');
const goldenDir = join(root, 'test', 'golden', 'examples');
const update = process.env.SITREP_UPDATE_GOLDEN === '1';

for (const name of readdirSync(articles).filter((f) => /\.(txt|html)$/.test(f)).sort()) {
  test(`the events of examples/articles/${name} match their golden file`, async () => {
    const { documents, diagnostics } = await readInput(join(articles, name), {});
    assert.equal(documents.length, 1, diagnostics.map((d) => d.message).join('; '));
    const doc = documents[0];
    const actual = { published: doc.published ?? null, events: summarizeEvents(doc.text, runPipeline(doc).layers.events) };
    const file = join(goldenDir, name.replace(/\.(txt|html)$/, '.json'));
    if (update || !existsSync(file)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      if (!update) assert.fail(`${file} did not exist; it has been written: review it and run the tests again.`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')), `events of ${name} changed: review, then SITREP_UPDATE_GOLDEN=1 npm test`);
  });
}
