import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const articlesDir = join(root, 'examples', 'articles');
const goldDir = join(root, 'examples', 'gold');

const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/**
 * Splits a text article into its YAML front matter and its body, the way the readers do:
 * the block between the first two '---' lines is metadata, offsets count from after it.
 * Kept here on purpose (not imported from src/readers) so the examples are checked on their own.
 */
function splitFrontMatter(raw: string): { frontMatter: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!match) return { frontMatter: undefined, body: raw };
  return { frontMatter: match[1], body: raw.slice(match[0].length) };
}

/** Every string that must be an exact substring of the article: evidence, evidence_also, forbid.evidence_overlaps, agreement evidence, non-article spans. */
function evidenceStrings(gold: any): { where: string; text: string }[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  const out: { where: string; text: string }[] = [];
  const add = (where: string, value: unknown) => {
    for (const text of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.push({ where, text: String(text) });
  };
  for (const event of gold.events ?? []) {
    add(`${event.id}.evidence`, event.evidence);
    add(`${event.id}.evidence_also`, event.evidence_also);
  }
  for (const agreement of gold.agreements ?? []) add(`${agreement.id}.evidence`, agreement.evidence);
  for (const item of gold.must_not ?? []) {
    if (typeof item === 'object' && item.forbid) add(`must_not "${item.text}"`, item.forbid.evidence_overlaps);
  }
  add('non_article_spans', gold.non_article_spans);
  return out;
}

const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
const articleFiles = readdirSync(articlesDir).filter((f) => /^\d\d-[a-z0-9-]+\.(txt|html)$/.test(f)).sort();

test('there are at least twelve example articles and six gold files', () => {
  assert.ok(articleFiles.length >= 12, `only ${articleFiles.length} articles`);
  assert.ok(goldFiles.length >= 6, `only ${goldFiles.length} gold files`);
});

for (const file of articleFiles) {
  test(`${file} states its publication date as YYYY-MM-DD`, () => {
    const raw = readFileSync(join(articlesDir, file), 'utf8');
    if (file.endsWith('.html')) {
      // HTML articles carry their date the way publishers do, in a meta tag.
      const meta = /<meta\s+property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})[^"]*"/.exec(raw);
      assert.ok(meta, 'no <meta property="article:published_time"> with an ISO date');
      return;
    }
    const { frontMatter, body } = splitFrontMatter(raw);
    assert.ok(frontMatter !== undefined, 'no YAML front matter between two --- lines at the top');
    assert.match(frontMatter, /^published: \d{4}-\d{2}-\d{2}$/m);
    assert.match(frontMatter, /^title: .+$/m);
    assert.match(frontMatter, /^outlet: .+$/m);
    assert.match(frontMatter, /^url: https?:\/\/.+$/m);
    assert.ok(body.trim().length > 0, 'empty body');
  });
}

for (const file of goldFiles) {
  test(`${file}: every evidence string is an exact substring of its article's text after the front matter`, () => {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const articlePath = resolve(goldDir, gold.document.file);
    const { frontMatter, body } = splitFrontMatter(readFileSync(articlePath, 'utf8'));
    const strings = evidenceStrings(gold);
    assert.ok(strings.length > 0, 'no evidence strings at all');
    const missing = strings.filter((s) => !body.includes(s.text));
    assert.deepEqual(missing, [], 'these strings are not in the article body');
    // The gold's date is the one a reader gives the pipeline: the two must agree.
    assert.match(gold.document.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(frontMatter?.includes(`published: ${gold.document.published}`), 'gold and front matter disagree on the date');
  });

  test(`${file}: events, sources and forbids are well formed`, () => {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    const sourceIds = new Set((gold.sources ?? []).map((s: { id: string }) => s.id));
    for (const source of gold.sources ?? []) if (source.via) assert.ok(sourceIds.has(source.via), `${source.id}.via ${source.via}`);
    const eventIds = new Set<string>();
    for (const event of gold.events) {
      assert.ok(!eventIds.has(event.id), `duplicate ${event.id}`);
      eventIds.add(event.id);
      assert.ok(PLOVER_TYPES.includes(event.type), `${event.id}: type ${event.type}`);
      for (const t of event.accept_types ?? []) assert.ok(PLOVER_TYPES.includes(t), `${event.id}: accept_types ${t}`);
      for (const id of event.attribution ?? []) assert.ok(sourceIds.has(id), `${event.id}: unknown source ${id}`);
      if (event.when?.start) assert.ok(event.when.start <= event.when.end, `${event.id}: when runs backwards`);
    }
    for (const event of gold.events) if (event.same_as) assert.ok(eventIds.has(event.same_as), `${event.id}.same_as`);
    for (const item of gold.must_not ?? []) {
      if (typeof item === 'string') continue;
      assert.ok(item.forbid && Object.keys(item.forbid).length > 0, `must_not "${item.text}" has no forbid`);
      for (const id of [item.forbid.gold_event ?? []].flat()) assert.ok(eventIds.has(id), `forbid.gold_event ${id}`);
      for (const t of [item.forbid.type ?? []].flat()) assert.ok(PLOVER_TYPES.includes(t), `forbid.type ${t}`);
    }
  });
}
