import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../data-files/data-path.js';

/**
 * One bundled example article, split for rewriting.
 * Example: { file: '02-airstrike-conflicting-tolls.txt', title: 'Air strikes on Idlib…', published: '2016-10-04',
 *            outlet: 'Reuters', headline: 'Air strikes on Idlib…', paragraphs: ['BEIRUT, Oct 4 (Reuters) - …', …], hasEvents: true }
 */
export interface ExampleArticle {
  file: string;
  title: string;
  published: string;
  outlet: string;
  /** The first line of the body: the headline as printed (the title, for wire copy printed as one block). */
  headline: string;
  /** The body after the headline, one entry a paragraph (blank-line separated). */
  paragraphs: string[];
  /** False for the articles that report no event ("no-event" in the file name). */
  hasEvents: boolean;
}

/**
 * Reads the front matter's flat `key: value` lines. The readers parse it as YAML; this only
 * needs the four keys the examples always give, so it stays free of the readers' code.
 */
function readFrontMatter(raw: string): { fields: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!match) return { fields: {}, body: raw };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]] = kv[2].replace(/^"(.*)"$/, '$1');
  }
  return { fields, body: raw.slice(match[0].length) };
}

/** The plain-text example articles under examples/articles (HTML ones are left to the readers' tests). */
export function loadExampleArticles(dir = join(packageRoot(), 'examples', 'articles')): ExampleArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`No .txt articles in ${dir}: the corpus generator needs the bundled examples (examples/articles/).`);
  return files.map((file) => {
    const { fields, body } = readFrontMatter(readFileSync(join(dir, file), 'utf8'));
    const blocks = body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    // Wire copy flattened into one block (dateline, headline and lead run together, as in FA-KES)
    // has no headline line of its own: its title heads it and the block is its one paragraph.
    const oneBlock = blocks.length === 1 && fields.title !== undefined;
    const [headline, ...paragraphs] = oneBlock ? [fields.title, ...blocks] : blocks;
    return {
      file,
      title: fields.title ?? headline,
      published: fields.published ?? '2016-01-01',
      outlet: fields.outlet ?? 'Reuters',
      headline,
      paragraphs,
      hasEvents: !file.includes('no-event'),
    };
  });
}
