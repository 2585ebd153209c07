import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInput } from '../../src/readers/read-input.js';
import { htmlToDocument } from '../../src/readers/read-html.js';
import { fixture, makeTempDir } from './temp-dir.js';

const dir = await makeTempDir();
const PARAGRAPH = '<p>Sixteen people were killed on Tuesday when an air strike hit a crowded market in the north of the city, according to local officials who spoke to reporters at the scene.</p>';

test('readInput reads the article of an HTML page with its meta published date, outlet, URL and title', async () => {
  const { documents, diagnostics } = await readInput(fixture('article.html'));
  assert.deepEqual(diagnostics, []);
  const [doc] = documents;
  assert.equal(doc.published, '2016-02-23T09:30:00+02:00');
  assert.equal(doc.outlet, 'Example News');
  assert.equal(doc.url, 'https://news.example.org/2016/02/23/aleppo-strike');
  assert.match(doc.title ?? '', /Strike on Aleppo market kills 16/);
  assert.equal(doc.language, 'en');
  assert.ok(!doc.text.includes('Home'), 'navigation is boilerplate');
  assert.ok(!doc.text.includes('Copyright'), 'the footer is boilerplate');
});

test('readInput keeps paragraph breaks of an HTML article as blank lines and joins source line breaks', async () => {
  const { documents } = await readInput(fixture('article.html'));
  const paragraphs = documents[0].text.split('\n\n');
  assert.equal(paragraphs.length, 2);
  assert.match(paragraphs[0], /hit a crowded market in the north/); // the source line break became a space
  assert.ok(paragraphs[1].startsWith('The ministry said it was investigating.'));
});

test('readInput gives a no-article error naming the file for an HTML page with no article', async () => {
  const path = fixture('no-article.html');
  const { documents, diagnostics } = await readInput(path);
  assert.equal(documents.length, 0);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].rule, 'no-article');
  assert.equal(diagnostics[0].severity, 'error');
  assert.ok(diagnostics[0].message.startsWith(`${path}: no article text found`));
});

test('htmlToDocument takes the publication date from JSON-LD when no meta tag gives one', () => {
  const html = `<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-07-28T10:00:00Z"}]}</script></head><body><article>${PARAGRAPH}${PARAGRAPH}</article></body></html>`;
  const { documents } = htmlToDocument(html, 'ld.html', {});
  assert.equal(documents[0].published, '2016-07-28T10:00:00Z');
});

test('htmlToDocument falls back to <time datetime> and warns about an unparseable meta date', () => {
  const html = `<html><head><meta property="article:published_time" content="yesterday"></head><body><article><time datetime="2016-07-28">28 July</time>${PARAGRAPH}${PARAGRAPH}</article></body></html>`;
  const { documents, diagnostics } = htmlToDocument(html, 'time.html', {});
  assert.equal(documents[0].published, '2016-07-28');
  assert.equal(diagnostics[0].severity, 'warning');
  assert.match(diagnostics[0].message, /article:published_time.*"yesterday"/);
});

test('readInput decodes a page in the windows-1252 charset it declares', async () => {
  const path = join(dir, 'old.html');
  const page = `<html><head><meta charset="windows-1252"><title>Talks</title></head><body><article>${PARAGRAPH}<p>Delegates met in Zürich on Monday for talks that lasted well into the night, officials said after the meeting ended.</p></article></body></html>`;
  await writeFile(path, Buffer.from(page, 'latin1'));
  const { documents, diagnostics } = await readInput(path);
  assert.deepEqual(diagnostics, []);
  assert.match(documents[0].text, /Zürich/);
});
