/** The formats readers exist for. Example: 'jsonl' */
export type InputFormat = 'text' | 'html' | 'jsonl';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.md': 'text', '.markdown': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The extensions listInputs picks up when it expands a folder or a glob. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl', '.ndjson'];

/**
 * The format an extension promises, or undefined for an unknown one.
 * Example: formatFromExtension('feed.NDJSON') === 'jsonl'
 */
export function formatFromExtension(path: string): InputFormat | undefined {
  const extension = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}

/**
 * The format the start of an input shows: an HTML page, JSON objects one a line, or text.
 * Example: sniffFormat('<!DOCTYPE html><html>…') === 'html'; sniffFormat('{"text": "…"}\n{"text"…') === 'jsonl'
 */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(start)) return 'html';
  // An article does not open with a JSON key; a feed whose first line is broken JSON is still a feed,
  // and the JSONL reader says which line is broken.
  if (/^\{\s*"/.test(start)) return 'jsonl';
  return 'text';
}
