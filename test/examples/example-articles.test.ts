import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExampleArticles } from '../../src/corpus/example-articles.js';

test('loadExampleArticles splits an article into its headline line and blank-line separated paragraphs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'examples-'));
  writeFileSync(join(dir, '01-a.txt'), '---\ntitle: Two villages shelled\npublished: 2016-05-02\noutlet: AFP\n---\nTwo villages shelled\n\nShells hit two villages on Sunday.\n\nNobody was hurt.\n');
  const [article] = loadExampleArticles(dir);
  assert.equal(article.headline, 'Two villages shelled');
  assert.deepEqual(article.paragraphs, ['Shells hit two villages on Sunday.', 'Nobody was hurt.']);
});

test('loadExampleArticles keeps wire copy printed as one block (no blank line) as one paragraph under its title', () => {
  const dir = mkdtempSync(join(tmpdir(), 'examples-'));
  writeFileSync(join(dir, '01-b.txt'), '---\ntitle: Mortars hit a market\npublished: 2015-11-10\noutlet: SANA\n---\n10 November 2015 SANA Mortars hit a market Two citizens were killed when mortars hit a market on Tuesday.\n');
  const [article] = loadExampleArticles(dir);
  assert.equal(article.headline, 'Mortars hit a market');
  assert.deepEqual(article.paragraphs, ['10 November 2015 SANA Mortars hit a market Two citizens were killed when mortars hit a market on Tuesday.']);
});
