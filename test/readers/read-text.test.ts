import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInput } from '../../src/readers/read-input.js';
import { hashText } from '../../src/readers/make-document.js';
import { fixture, makeTempDir } from './temp-dir.js';

const dir = await makeTempDir();
const ARTICLE = 'Sixteen people were killed on Tuesday when an air strike hit a market in the town, local officials said.\n';

test('readInput reads YAML front matter as metadata and starts the text after it', async () => {
  const { documents, diagnostics } = await readInput(fixture('front-matter.md'));
  assert.deepEqual(diagnostics, []);
  const [doc] = documents;
  assert.equal(doc.title, 'Washington asks Moscow to rein in Damascus');
  assert.equal(doc.published, '2016-07-28');
  assert.equal(doc.outlet, 'Izvestia');
  assert.equal(doc.url, 'https://iz.ru/news/624051');
  assert.ok(doc.text.startsWith('Washington has asked Moscow'));
  assert.equal(doc.text.slice(0, 10), 'Washington'); // offsets count from the text after the front matter
});

test('readInput takes metadata from a NAME.meta.json sidecar beside NAME.txt', async () => {
  const { documents, diagnostics } = await readInput(fixture('sidecar.txt'));
  assert.deepEqual(diagnostics, []);
  assert.equal(documents[0].published, '2016-02-23');
  assert.equal(documents[0].outlet, 'Reuters');
  assert.equal(documents[0].title, 'Air strike hits market');
});

test('readInput takes metadata from a NAME.meta.yaml sidecar, turning a YAML date into YYYY-MM-DD', async () => {
  await writeFile(join(dir, 'yaml-sidecar.txt'), ARTICLE);
  await writeFile(join(dir, 'yaml-sidecar.meta.yaml'), 'published: !!timestamp 2016-07-28\noutlet: TASS\n');
  const { documents, diagnostics } = await readInput(join(dir, 'yaml-sidecar.txt'));
  assert.deepEqual(diagnostics, []);
  assert.equal(documents[0].published, '2016-07-28');
  assert.equal(documents[0].outlet, 'TASS');
});

test('readInput lets explicit options override front matter and sidecar', async () => {
  const fromFrontMatter = await readInput(fixture('front-matter.md'), { published: '2016-07-29', outlet: 'Kommersant' });
  assert.equal(fromFrontMatter.documents[0].published, '2016-07-29');
  assert.equal(fromFrontMatter.documents[0].outlet, 'Kommersant');
  assert.equal(fromFrontMatter.documents[0].title, 'Washington asks Moscow to rein in Damascus'); // not overridden
  const fromSidecar = await readInput(fixture('sidecar.txt'), { title: 'My title', url: 'https://example.com/x' });
  assert.equal(fromSidecar.documents[0].title, 'My title');
  assert.equal(fromSidecar.documents[0].url, 'https://example.com/x');
  assert.equal(fromSidecar.documents[0].published, '2016-02-23');
});

test('readInput gives an error naming the option and the format for a bad published date', async () => {
  const { documents, diagnostics } = await readInput(fixture('sidecar.txt'), { published: '23/02/2016' });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'error');
  assert.equal(diagnostics[0].rule, 'bad-published');
  assert.match(diagnostics[0].message, /the --published option is "23\/02\/2016", not a date; give YYYY-MM-DD/);
  // The sidecar's valid date is kept rather than the bad override.
  assert.equal(documents[0].published, '2016-02-23');
});

test('readInput rejects an impossible calendar date in front matter, naming the field', async () => {
  const path = join(dir, 'feb30.md');
  await writeFile(path, `---\ndate: 2016-02-30\n---\n${ARTICLE}`);
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents[0].published, undefined);
  assert.match(diagnostics[0].message, /front matter field 'date' is "2016-02-30", not a date/);
});

test('readInput strips a UTF-8 byte order mark and keeps the rest byte for byte', async () => {
  const path = join(dir, 'bom.txt');
  const text = '  “Quoted”  text\r\nwith   odd\u00a0spacing.\n';
  await writeFile(path, '\uFEFF' + text + 'The ceasefire was said to hold on Friday, the ministry said in a statement.');
  const { documents } = await readInput(path, { language: 'en' });
  assert.equal(documents[0].text.charCodeAt(0), 0x20);
  assert.ok(documents[0].text.startsWith(text));
  assert.equal(documents[0].contentHash, hashText(documents[0].text));
});

test('readInput gives the same id to the same text, whatever its file name or metadata', async () => {
  await writeFile(join(dir, 'one.txt'), ARTICLE);
  await writeFile(join(dir, 'two.md'), '\uFEFF' + ARTICLE);
  const one = (await readInput(join(dir, 'one.txt'), { outlet: 'A' })).documents[0];
  const two = (await readInput(join(dir, 'two.md'), { outlet: 'B' })).documents[0];
  assert.equal(one.id, two.id);
  assert.match(one.id, /^doc_[0-9a-f]{16}$/);
  assert.equal(one.id, 'doc_' + one.contentHash.slice(0, 16));
  assert.equal(one.contentHash, hashText(await readFile(join(dir, 'one.txt'), 'utf8')));
});

test('readInput warns with the guessed language for a non-English text and still returns the document', async () => {
  const { documents, diagnostics } = await readInput(fixture('french.txt'));
  assert.equal(documents.length, 1);
  assert.equal(documents[0].language, 'fr');
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].rule, 'unsupported-language');
  assert.match(diagnostics[0].message, /'fr'/);
});

test('readInput reads a .txt that holds an HTML page as HTML', async () => {
  const path = join(dir, 'saved-page.txt');
  await writeFile(path, await readFile(fixture('article.html')));
  const { documents } = await readInput(path);
  assert.equal(documents[0].published, '2016-02-23T09:30:00+02:00');
  assert.ok(!documents[0].text.includes('<p>'));
});

test('readInput reports front matter with no article text after it as empty', async () => {
  const path = join(dir, 'only-front.md');
  await writeFile(path, '---\ntitle: Nothing\n---\n\n');
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.match(diagnostics[0].message, /front matter but no article text/);
});
