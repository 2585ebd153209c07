import assert from 'node:assert/strict';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { stagesUpTo } from '../../src/stages/registry.js';
import type { TimeMention } from '../../src/model/time-value.js';

/** The time mentions of a text, the pipeline run up to annotateDates (with a publication date when given). */
export function times(text: string, published?: string): TimeMention[] {
  const doc = { id: 'doc_test', contentHash: 'test', text, language: 'en', ...(published ? { published } : {}) };
  return runPipeline(doc, stagesUpTo('annotateDates')).layers.times;
}

/** The mention with exactly this text; fails the test, listing what was found, when there is none. */
export function find(found: TimeMention[], text: string): TimeMention {
  const mention = found.find((t) => t.text === text);
  assert.ok(mention, `no time "${text}" among ${JSON.stringify(found.map((t) => t.text))}`);
  return mention;
}
