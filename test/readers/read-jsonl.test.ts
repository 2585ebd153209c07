import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInput } from '../../src/readers/read-input.js';
import { readJsonlStream } from '../../src/readers/read-jsonl.js';
import { parseFieldMap } from '../../src/readers/parse-field-map.js';
import { fixture, makeTempDir } from './temp-dir.js';

const dir = await makeTempDir();

test('readInput reads the good lines of a JSONL file and names the malformed line with the parse reason', async () => {
  const path = fixture('feed-with-bad-line.jsonl');
  const { documents, diagnostics } = await readInput(path);
  assert.deepEqual(documents.map((d) => d.externalId), ['a1', 'a3']);
  assert.deepEqual(documents.map((d) => d.origin), [`${path}:1`, `${path}:3`]);
  assert.equal(documents[0].outlet, 'Reuters');
  assert.equal(documents[0].published, '2016-02-23');
  assert.equal(documents[1].title, 'Search goes on');
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => [d.input, d.rule]), [[`${path}:2`, 'invalid-json'], [`${path}:4`, 'missing-text']]);
  assert.match(errors[0].message, /not valid JSON \(.+\)/);
  assert.match(errors[1].message, /--map text=FIELD/);
});

test('readInput reads JSONL fields through a --map field mapping', async () => {
  const path = join(dir, 'mapped.jsonl');
  await writeFile(path, JSON.stringify({ article_content: 'Government forces shelled the eastern districts on Sunday, residents said.', pub: '2016-07-28', paper: 'Al-Watan' }) + '\n');
  const { map, diagnostics: mapProblems } = parseFieldMap('text=article_content,published=pub,outlet=paper');
  assert.deepEqual(mapProblems, []);
  const { documents, diagnostics } = await readInput(path, { map });
  assert.deepEqual(diagnostics, []);
  assert.equal(documents[0].published, '2016-07-28');
  assert.equal(documents[0].outlet, 'Al-Watan');
});

test('parseFieldMap rejects a pair that is not FIELD=NAME for a known field', () => {
  const { map, diagnostics } = parseFieldMap('text=body,colour=red');
  assert.deepEqual(map, { text: 'body' });
  assert.match(diagnostics[0].message, /"colour=red" is not FIELD=NAME/);
});

test('readJsonlStream yields per line, with invalid UTF-8, empty text and CRLF endings handled line by line', async () => {
  const path = join(dir, 'mixed.jsonl');
  const good = Buffer.from('{"text": "The truce was extended by a week, the mediators announced on Friday evening."}\r\n');
  const bad = Buffer.concat([Buffer.from('{"text": "Z'), Buffer.from([0xfc]), Buffer.from('rich"}\n')]);
  await writeFile(path, Buffer.concat([good, bad, Buffer.from('{"text": "   "}\n\n'), good]));
  const items = [];
  for await (const item of readJsonlStream(path, {})) items.push(item);
  assert.deepEqual(items.map((i) => [i.line, i.document ? 'doc' : i.diagnostic?.rule]), [
    [1, 'doc'], [2, 'invalid-utf8'], [3, 'empty-input'], [5, 'duplicate-text'], [5, 'doc'],
  ]);
  assert.ok(!items[0].document?.text.endsWith('\r'));
});

test('readInput reads a 10,000-line JSONL file in well under a second', async () => {
  const path = join(dir, 'big.jsonl');
  const lines = [];
  for (let i = 0; i < 10_000; i++) {
    lines.push(JSON.stringify({ id: String(i), text: `Report ${i}: the army said that ${i} rockets were fired at the town on Monday and that there were no casualties.`, published: '2016-07-28' }));
  }
  await writeFile(path, lines.join('\n') + '\n');
  // CPU time, not wall time: the test runner runs files in parallel on a shared machine.
  const started = process.cpuUsage();
  const { documents, diagnostics } = await readInput(path);
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  assert.equal(documents.length, 10_000);
  assert.deepEqual(diagnostics, []);
  assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms of CPU`);
});

test('readJsonlStream reports a line over the size limit without holding it', async () => {
  const path = join(dir, 'long-line.jsonl');
  await writeFile(path, JSON.stringify({ text: 'x'.repeat(5000) }) + '\n' + JSON.stringify({ text: 'The convoy reached the besieged town on Thursday, aid workers said.' }) + '\n');
  const items = [];
  for await (const item of readJsonlStream(path, { maxBytes: 1000 })) items.push(item);
  assert.equal(items[0].diagnostic?.rule, 'too-large');
  assert.equal(items[0].diagnostic?.input, `${path}:1`);
  assert.ok(items[1].document);
});

test('readInput reads a JSONL file that starts with a byte order mark, and calls an empty one empty', async () => {
  const withBom = join(dir, 'bom.jsonl');
  await writeFile(withBom, '\uFEFF' + JSON.stringify({ text: 'The guns fell silent at midnight, residents of the city said on Saturday.' }) + '\n');
  const read = await readInput(withBom);
  assert.deepEqual(read.diagnostics, []);
  assert.equal(read.documents.length, 1);
  const empty = join(dir, 'empty.jsonl');
  await writeFile(empty, '\n\n');
  const none = await readInput(empty);
  assert.equal(none.documents.length, 0);
  assert.equal(none.diagnostics[0].rule, 'empty-input');
  assert.equal(none.diagnostics[0].input, empty);
});
