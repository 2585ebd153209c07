import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether a path holds glob characters that expandGlob understands. */
export const isGlob = (path: string): boolean => /[*?]/.test(path);

/**
 * A glob segment as a regular expression: '*' is any run of characters but '/', '?' one character.
 * Example: segmentPattern('*.txt').test('a.txt') === true
 */
export function segmentPattern(segment: string): RegExp {
  const source = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/**
 * The files a glob matches, sorted. '*' and '?' match within a path segment, '**' any number of folders
 * (none included). Hidden files and folders match only a segment that itself starts with '.'.
 * Written here because Node 20 has no fs.glob and sitrep takes no dependency for this.
 * Example: await expandGlob('examples/**\/*.txt') → ['examples/articles/a.txt', 'examples/articles/more/b.txt']
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  const normalised = pattern.replace(/\\/g, '/');
  const absolute = normalised.startsWith('/');
  const segments = normalised.split('/').filter((s) => s !== '' && s !== '.');
  const firstGlob = segments.findIndex(isGlob);
  const base = (absolute ? '/' : '') + segments.slice(0, firstGlob).join('/');
  const found = new Set<string>();
  await walk(base || '.', segments.slice(firstGlob), found, base === '' ? '' : base);
  return [...found].sort();
}

async function walk(dir: string, rest: string[], found: Set<string>, shown: string): Promise<void> {
  const [segment, ...after] = rest;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable or vanished folder matches nothing; the caller reports an empty glob
  }
  const prefix = (name: string) => (shown ? `${shown}/${name}` : name);
  if (segment === '**') {
    await walk(dir, after, found, shown); // '**' may match no folder at all
    for (const entry of entries) {
      if (entry.name.startsWith('.') || !(await isFolder(join(dir, entry.name), entry))) continue;
      await walk(join(dir, entry.name), rest, found, prefix(entry.name));
    }
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of entries) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!pattern.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (after.length === 0) {
      if (!(await isFolder(path, entry))) found.add(prefix(entry.name));
    } else if (await isFolder(path, entry)) {
      await walk(path, after, found, prefix(entry.name));
    }
  }
}

async function isFolder(path: string, entry: { isDirectory(): boolean; isSymbolicLink(): boolean }): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  return stat(path).then((s) => s.isDirectory(), () => false);
}
