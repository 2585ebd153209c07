import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExampleArticles, type ExampleArticle } from '../corpus/example-articles.js';
import { loadCorpusWordLists, type CorpusWordLists } from '../corpus/word-lists.js';
import { seededRandom, type SeededRandom } from '../corpus/seeded-random.js';
import { drawDateShift, rewriteText } from '../corpus/rewrite-article.js';

/**
 * One generated article, shaped like a reader's input before it becomes a Document.
 * Example: { text: 'Air strikes on Hajjah…\n\nBEIRUT, May 17 (TASS) - …', title: 'Air strikes on Hajjah…',
 *            published: '2021-05-17', outlet: 'TASS', url: 'https://example.org/tass/2021/05/17/corpus-000042' }
 */
export interface GeneratedArticle {
  text: string;
  title: string;
  published: string;
  outlet: string;
  url: string;
}

export interface GenerateCorpusOptions {
  count: number;
  /** The same seed gives the same corpus. */
  seed: number;
}

const MIN_BYTES = 300;
const MAX_BYTES = 8192;
// About one article in eight reports nothing, as in a real feed with economy and culture pieces.
const NO_EVENT_SHARE = 0.12;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A length drawn log-uniformly, so short items and long features both appear often. */
function drawTargetBytes(rng: SeededRandom): number {
  return Math.round(Math.exp(Math.log(MIN_BYTES) + rng.next() * (Math.log(MAX_BYTES) - Math.log(MIN_BYTES))));
}

/** The paragraphs of one article body: the lede usually stays first, the rest may be shuffled or dropped. */
function reshapeParagraphs(article: ExampleArticle, rng: SeededRandom): string[] {
  const [lede, ...rest] = article.paragraphs;
  const body = (rng.chance(0.3) ? rng.shuffle(rest) : rest).filter(() => !rng.chance(0.15));
  return rng.chance(0.9) ? [lede, ...body] : rng.shuffle([lede, ...body]);
}

/** Paragraphs for one article: a base article, then others mixed in until the target length. */
function assembleParagraphs(base: ExampleArticle, pool: readonly ExampleArticle[], extra: readonly string[], target: number, rng: SeededRandom): string[] {
  const paragraphs = reshapeParagraphs(base, rng);
  let size = paragraphs.reduce((n, p) => n + bytes(p) + 2, bytes(base.headline));
  // Mixing happens when the target needs more text, and sometimes anyway (a round-up of several stories).
  let guard = 0;
  while ((size < target || (guard === 0 && rng.chance(0.2))) && guard++ < 40) {
    const more = extra.length > 0 && rng.chance(0.5) ? [rng.pick(extra)] : reshapeParagraphs(rng.pick(pool), rng);
    for (const p of more) {
      paragraphs.push(p);
      size += bytes(p) + 2;
    }
  }
  while (paragraphs.length > 1 && size > target) size -= bytes(paragraphs.pop()!) + 2;
  return paragraphs;
}

/** Cuts at the last sentence end that fits, for the rare paragraph that alone passes the maximum. */
function clampBytes(text: string): string {
  if (bytes(text) <= MAX_BYTES) return text;
  let cut = Buffer.from(text, 'utf8').subarray(0, MAX_BYTES).toString('utf8').replace(/\uFFFD$/, '');
  const end = cut.lastIndexOf('. ');
  if (end > MIN_BYTES) cut = cut.slice(0, end + 1);
  return cut;
}

function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function generateOne(index: number, examples: readonly ExampleArticle[], lists: CorpusWordLists, rng: SeededRandom): GeneratedArticle {
  const withEvents = examples.filter((a) => a.hasEvents);
  const withoutEvents = examples.filter((a) => !a.hasEvents);
  const noEvent = withoutEvents.length > 0 && rng.chance(NO_EVENT_SHARE);
  const pool = noEvent ? withoutEvents : withEvents;
  const base = rng.pick(pool);
  const target = drawTargetBytes(rng);
  const paragraphs = assembleParagraphs(base, pool, noEvent ? lists.noEventParagraphs : [], target, rng);
  while (bytes(paragraphs.join('\n\n')) + bytes(base.headline) < MIN_BYTES) paragraphs.push(rng.pick(rng.pick(pool).paragraphs));

  const shift = drawDateShift(base.published, rng);
  const outlet = rng.pick(lists.outlets);
  const raw = [base.headline, ...paragraphs].join('\n\n');
  let text = rewriteText(raw, shift, lists, rng)
    .replace(/\((?:Reuters|AFP|AP)\)/g, `(${outlet})`)
    .replace(new RegExp(`\\b${base.outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), outlet);
  text = clampBytes(text);
  // Swaps and redrawn numbers can shorten a text below the minimum: top it up from the same pool.
  while (bytes(text) < MIN_BYTES) text += '\n\n' + rewriteText(rng.pick(rng.pick(pool).paragraphs), shift, lists, rng);
  const title = text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : undefined);
  const [y, m, d] = shift.published.split('-');
  const url = `https://example.org/${slugify(outlet)}/${y}/${m}/${d}/${slugify(title).slice(0, 60)}-${String(index).padStart(6, '0')}`;
  return { text, title, published: shift.published, outlet, url };
}

/**
 * A varied, deterministic corpus made from the bundled example articles (examples/articles):
 * names, numbers, dates and outlets swapped from data/corpus/, paragraphs shuffled, dropped and
 * mixed across articles, 300 B to 8 KB each, about 12% with no event at all.
 * Example: [...generateCorpus({ count: 2, seed: 1 })].map((a) => a.published) → ['2019-03-02', '2014-11-20']
 */
export function* generateCorpus({ count, seed }: GenerateCorpusOptions): Iterable<GeneratedArticle> {
  const examples = loadExampleArticles();
  const lists = loadCorpusWordLists();
  const rng = seededRandom(seed);
  for (let i = 0; i < count; i++) yield generateOne(i, examples, lists, rng);
}

function parseArgs(argv: readonly string[]): { count: number; seed: number; out?: string } {
  const args = { count: 10_000, seed: 1, out: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--count') args.count = Number(value), i++;
    else if (flag === '--seed') args.seed = Number(value), i++;
    else if (flag === '--out') args.out = value, i++;
    else throw new Error(`Unknown option "${flag}": use generate-corpus [--count N] [--seed N] [--out FILE.jsonl].`);
  }
  if (!Number.isInteger(args.count) || args.count < 0) throw new Error('--count needs a whole number, e.g. --count 10000.');
  if (!Number.isInteger(args.seed)) throw new Error('--seed needs a whole number, e.g. --seed 1.');
  return args;
}

async function main(): Promise<void> {
  const { count, seed, out } = parseArgs(process.argv.slice(2));
  const sink: NodeJS.WritableStream = out ? createWriteStream(out) : process.stdout;
  const seen = new Set<string>();
  let total = 0;
  for (const article of generateCorpus({ count, seed })) {
    seen.add(article.text);
    total += bytes(article.text);
    if (!sink.write(JSON.stringify(article) + '\n')) await new Promise((r) => sink.once('drain', r));
  }
  if (out) await new Promise<void>((r) => sink.end(r));
  process.stderr.write(`generate-corpus: ${count} articles, ${seen.size} distinct texts, mean ${count ? Math.round(total / count) : 0} bytes${out ? ` -> ${out}` : ''}\n`);
}

// Only a CLI when run as the entry module, so tests and bench can import generateCorpus.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`generate-corpus: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
