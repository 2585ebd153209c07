import { readHead } from './read-file-bytes.js';
import { readHtml } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import type { ReadOptions, ReadResult } from './read-options.js';
import { readStdin } from './read-stdin.js';
import { readText } from './read-text.js';
import { formatFromExtension, sniffFormat } from './sniff-format.js';

/**
 * Reads one input into Documents, choosing the reader by extension, else by content: '-' is stdin,
 * .jsonl/.ndjson are JSONL, .html/.htm (or text that starts like an HTML page) are HTML, the rest is text.
 * Never throws on bad input: every problem is a diagnostic naming the input, the reason and the fix.
 * Example: await readInput('examples/articles/seed.txt', { published: '2016-07-28' }) → { documents: [doc], diagnostics: [] }
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (path === '-') return readStdin(options);
  const byExtension = formatFromExtension(path);
  if (byExtension === 'jsonl') return readJsonl(path, options);
  if (byExtension === 'html') return readHtml(path, options);
  const { head, diagnostics } = await readHead(path);
  if (!head) return { documents: [], diagnostics };
  // Saved pages often arrive as .txt, and feeds with no extension at all.
  const sniffed = sniffFormat(head.toString('utf8'));
  if (sniffed === 'html') return readHtml(path, options);
  if (sniffed === 'jsonl' && byExtension === undefined) return readJsonl(path, options);
  return readText(path, options);
}
