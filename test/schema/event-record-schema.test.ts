import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../src/readers/index.js';
import { runPipeline } from '../../src/stages/run-pipeline.js';
import { checkJsonSchema } from './check-json-schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'event-record.schema.json'), 'utf8'));

test('every event record of the bundled examples, as JSON, fits the published schema', async () => {
  let records = 0;
  const problems: string[] = [];
  for (const name of readdirSync(join(root, 'examples', 'articles')).sort()) {
    const { documents } = await readInput(join(root, 'examples', 'articles', name), {});
    for (const event of runPipeline(documents[0]).layers.events) {
      records++;
      problems.push(...checkJsonSchema(JSON.parse(JSON.stringify(event)), schema).map((p) => `${name} ${event.id} ${p}`));
    }
  }
  assert.ok(records > 20, `only ${records} records checked`);
  assert.deepEqual(problems, []);
});

test('the schema checker rejects a record with a wrong type, a missing field and an unknown factuality', () => {
  const bad = { id: 'x', type: 'ATTACK', factuality: 'maybe' };
  const problems = checkJsonSchema(bad, schema);
  assert.ok(problems.some((p) => p.includes('missing "documentId"')));
  assert.ok(problems.some((p) => p.includes('"ATTACK" is not one of')));
  assert.ok(problems.some((p) => p.includes('"maybe" is not one of')));
  assert.ok(problems.some((p) => p.includes('does not match')));
});

test('the schema describes further places like the main one: an entry of otherPlaces without its place is rejected', () => {
  const problems = checkJsonSchema({ otherPlaces: [{ text: 'Homs', evidence: { start: 3, end: 7 } }] }, schema);
  assert.ok(problems.some((p) => p.includes('otherPlaces') && p.includes('missing "place"')), problems.join('\n'));
});
