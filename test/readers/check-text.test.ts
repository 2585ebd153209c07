import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInput } from '../../src/readers/read-input.js';
import { findInvalidUtf8 } from '../../src/readers/find-invalid-utf8.js';
import { makeTempDir } from './temp-dir.js';

const dir = await makeTempDir();

test('readInput gives an empty-input error, and no document, for an empty file', async () => {
  const path = join(dir, 'empty.txt');
  await writeFile(path, '');
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'empty-input');
  assert.equal(diagnostics[0].input, path);
  assert.match(diagnostics[0].message, /empty/);
});

test('readInput treats a whitespace-only file as empty', async () => {
  const path = join(dir, 'blank.txt');
  await writeFile(path, ' \n\t\r\n  ');
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'empty-input');
});

test('readInput rejects a file with NUL bytes as binary', async () => {
  const path = join(dir, 'data.txt');
  await writeFile(path, Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x00, 0x41]));
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'binary-input');
  assert.match(diagnostics[0].message, /NUL bytes/);
});

test('readInput names the file type of a PNG, PDF or GZIP given as text', async () => {
  const cases: [string, number[], RegExp][] = [
    ['map.txt', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG/],
    ['report.txt', [...Buffer.from('%PDF-1.7\nsome text')], /PDF/],
    ['feed.jsonl', [0x1f, 0x8b, 0x08, 0x00], /GZIP/],
  ];
  for (const [name, bytes, type] of cases) {
    const path = join(dir, name);
    await writeFile(path, Buffer.from(bytes));
    const { documents, diagnostics } = await readInput(path);
    assert.equal(documents.length, 0, name);
    assert.equal(diagnostics.length, 1, name);
    assert.equal(diagnostics[0].rule, 'binary-input', name);
    assert.match(diagnostics[0].message, type);
  }
});

test('readInput reports invalid UTF-8 with the byte offset of the first bad sequence', async () => {
  const path = join(dir, 'latin1.txt');
  // 'Zürich' in Latin-1: the ü is the lone byte 0xFC at offset 17.
  await writeFile(path, Buffer.concat([Buffer.from('Talks opened in Z'), Buffer.from([0xfc]), Buffer.from('rich on Monday.')]));
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'invalid-utf8');
  assert.match(diagnostics[0].message, /invalid UTF-8 at byte 17: re-encode the file as UTF-8/);
});

test('findInvalidUtf8 finds overlongs, surrogates and truncated sequences, and passes valid text', () => {
  assert.equal(findInvalidUtf8(Buffer.from('Zürich, 東京, مرحبا 🙂')), -1);
  assert.equal(findInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1); // overlong '/'
  assert.equal(findInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80])), 2); // UTF-16 surrogate
  assert.equal(findInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1); // cut mid-character
});

test('readInput rejects a 50 MB text file by its size, quickly and without reading it', async () => {
  const path = join(dir, 'huge.txt');
  const megabyte = Buffer.from('Sixteen people were killed. '.repeat(37450).slice(0, 1024 * 1024));
  const file = await open(path, 'w');
  for (let i = 0; i < 50; i++) await file.write(megabyte);
  await file.close();
  const started = process.cpuUsage();
  const { documents, diagnostics } = await readInput(path);
  const used = process.cpuUsage(started);
  // CPU time, not wall time (the machine is shared): a stat takes ~2 ms, reading and decoding 50 MB ~60 ms.
  const elapsed = (used.user + used.system) / 1000;
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'too-large');
  assert.match(diagnostics[0].message, /50\.0 MB is over the 10\.0 MB limit/);
  assert.ok(elapsed < 25, `took ${elapsed.toFixed(0)} ms of CPU`);
});

test('readInput applies a maxBytes option to the size limit', async () => {
  const path = join(dir, 'small-limit.txt');
  await writeFile(path, 'The ceasefire held through the night, both sides said on Friday morning.');
  const { documents, diagnostics } = await readInput(path, { maxBytes: 20 });
  assert.equal(documents.length, 0);
  assert.match(diagnostics[0].message, /over the 20 bytes limit/);
});

test('readInput names a path that does not exist', async () => {
  const path = join(dir, 'missing.txt');
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics[0].rule, 'input-not-found');
  assert.ok(diagnostics[0].message.startsWith(path));
});

test('readInput explains that a UTF-16 file must be re-encoded rather than calling it binary', async () => {
  const path = join(dir, 'utf16.txt');
  await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks resumed.', 'utf16le')]));
  const { diagnostics } = await readInput(path);
  assert.equal(diagnostics[0].rule, 'invalid-utf8');
  assert.match(diagnostics[0].message, /UTF-16.*re-encode/);
});
