import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { readStdin } from '../../src/readers/read-stdin.js';
import { fixture } from './temp-dir.js';

const stdin = (content: string | Buffer, chunkSize = 1000) => {
  const bytes = Buffer.from(content);
  const chunks = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
};

test('readStdin reads piped plain text with front matter as one document from stdin', async () => {
  const { documents, diagnostics } = await readStdin({}, stdin(await readFile(fixture('front-matter.md'))));
  assert.deepEqual(diagnostics, []);
  assert.equal(documents[0].origin, 'stdin');
  assert.equal(documents[0].published, '2016-07-28');
});

test('readStdin recognises piped HTML by its content', async () => {
  const { documents } = await readStdin({}, stdin(await readFile(fixture('article.html'))));
  assert.equal(documents[0].outlet, 'Example News');
  assert.ok(!documents[0].text.includes('<'));
});

test('readStdin recognises piped JSONL by its content and names lines stdin:N, across chunk boundaries', async () => {
  const { documents, diagnostics } = await readStdin({}, stdin(await readFile(fixture('feed-with-bad-line.jsonl')), 7));
  assert.equal(documents.length, 2);
  assert.equal(documents[1].origin, 'stdin:3');
  assert.ok(diagnostics.some((d) => d.input === 'stdin:2' && d.rule === 'invalid-json'));
});

test('readStdin rejects binary and oversized input', async () => {
  const binary = await readStdin({}, stdin(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])));
  assert.equal(binary.diagnostics[0].rule, 'binary-input');
  const big = await readStdin({ maxBytes: 100 }, stdin('The talks went on. '.repeat(1000)));
  assert.equal(big.documents.length, 0);
  assert.equal(big.diagnostics[0].rule, 'too-large');
  assert.equal(big.diagnostics[0].input, 'stdin');
});

test('readStdin says to pipe something in when stdin is a terminal', async () => {
  const terminal = Object.assign(Readable.from([]), { isTTY: true });
  const { diagnostics } = await readStdin({}, terminal);
  assert.equal(diagnostics[0].rule, 'stdin-is-terminal');
});
