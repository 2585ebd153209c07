import type { Diagnostic } from '../model/diagnostic.js';
import { checkMeta } from './check-meta.js';
import type { DocumentMeta } from './read-options.js';

// linkedom's document is typed loosely; these are the few DOM calls used here.
interface HtmlDocument {
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
}
interface HtmlElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

// Most specific first: an article's own publication time before a page's generic date.
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];

/**
 * Reads an HTML page's own metadata: publication date (meta tags, JSON-LD datePublished, <time datetime>),
 * outlet (og:site_name), URL (canonical, og:url) and <title>. A page's unparseable date is a warning, not an error:
 * the page, not the person running sitrep, got it wrong.
 * Example: readHtmlMeta(document, 'story.html') → { meta: { published: '2016-07-28T09:30:00+03:00', outlet: 'Reuters' }, diagnostics: [] }
 */
export function readHtmlMeta(document: HtmlDocument, input: string): { meta: DocumentMeta; diagnostics: Diagnostic[] } {
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  const candidates: { value: string; source: string }[] = [];
  for (const selector of PUBLISHED_SELECTORS) {
    const value = attr(selector, 'content');
    if (value) candidates.push({ value, source: `<${selector.replace(/"/g, "'")}>` });
  }
  for (const value of jsonLdDates(document)) candidates.push({ value, source: 'JSON-LD datePublished' });
  const time = attr('article time[datetime]', 'datetime') ?? attr('time[datetime]', 'datetime');
  if (time) candidates.push({ value: time, source: '<time datetime>' });

  const diagnostics: Diagnostic[] = [];
  let published: string | undefined;
  for (const candidate of candidates) {
    const checked = checkMeta({ published: candidate.value }, input, () => `the page's ${candidate.source}`, 'warning');
    diagnostics.push(...checked.diagnostics);
    if (checked.meta.published) { published = checked.meta.published as string; break; }
  }
  const raw: DocumentMeta = {
    title: document.querySelector('title')?.textContent?.trim() || undefined,
    outlet: attr('meta[property="og:site_name"]', 'content') ?? attr('meta[name="application-name"]', 'content'),
    url: attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]', 'content'),
  };
  const checked = checkMeta(raw, input, (f) => `the page's ${f}`, 'warning');
  return { meta: { ...checked.meta, ...(published ? { published } : {}) }, diagnostics: [...diagnostics, ...checked.diagnostics] };
}

function jsonLdDates(document: HtmlDocument): string[] {
  const dates: string[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectDates(JSON.parse(script.textContent ?? ''), dates, 0);
    } catch {
      // Broken JSON-LD is common on news sites and not the reader's problem; other sources remain.
    }
  }
  return dates;
}

function collectDates(node: unknown, dates: string[], depth: number): void {
  if (!node || typeof node !== 'object' || depth > 4) return;
  if (Array.isArray(node)) { for (const item of node) collectDates(item, dates, depth + 1); return; }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') dates.push(record.datePublished);
  if (record['@graph']) collectDates(record['@graph'], dates, depth + 1);
}
