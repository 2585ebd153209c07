import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { listInputs } from '../../src/readers/list-inputs.js';
import { fixture } from './temp-dir.js';

const folder = fixture('folder');
const rel = (files: string[]) => files.map((f) => (f === '-' ? f : relative(folder, f)));

test('listInputs expands a folder recursively and sorted, skipping gold, meta, hidden and unknown files', async () => {
  const { files, diagnostics } = await listInputs([folder]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(rel(files), ['a.txt', 'sub/b.html', 'sub/c.jsonl']);
});

test('listInputs expands * and ** globs within path segments', async () => {
  assert.deepEqual(rel((await listInputs([`${folder}/*.txt`])).files), ['a.txt']);
  assert.deepEqual(rel((await listInputs([`${folder}/**/*.html`])).files), ['sub/b.html']);
  assert.deepEqual(rel((await listInputs([`${folder}/**/*`])).files), ['a.txt', 'sub/b.html', 'sub/c.jsonl']);
});

test('listInputs keeps - for stdin and a file named explicitly, each once and in order', async () => {
  const { files } = await listInputs(['-', `${folder}/sub/c.jsonl`, folder]);
  assert.deepEqual(rel(files), ['-', 'sub/c.jsonl', 'a.txt', 'sub/b.html']);
});

test('listInputs gives an error naming a path that does not exist and a glob that matches nothing', async () => {
  const { files, diagnostics } = await listInputs([`${folder}/nope.txt`, `${folder}/*.pdf`, folder]);
  assert.equal(files.length, 3);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.input]), [['input-not-found', `${folder}/nope.txt`], ['no-match', `${folder}/*.pdf`]]);
  assert.ok(diagnostics[0].message.startsWith(`${folder}/nope.txt: no such file`));
});
