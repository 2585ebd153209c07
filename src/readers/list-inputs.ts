import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { unreadable } from './read-file-bytes.js';
import { expandGlob, isGlob } from './expand-glob.js';
import { INPUT_EXTENSIONS } from './sniff-format.js';

// Metadata and gold annotations live beside articles; they describe inputs and are not inputs.
const COMPANION = /\.(?:meta\.json|meta\.ya?ml|gold\.json)$/i;

/**
 * Whether a file found in a folder or by a glob is an article input: a known extension, not hidden,
 * not a sidecar or gold file. Files named one by one are taken as given.
 * Example: isInputFile('story.meta.json') === false; isInputFile('story.html') === true
 */
export function isInputFile(name: string): boolean {
  const base = name.split(/[/\\]/).pop() ?? name;
  if (base.startsWith('.') || COMPANION.test(base)) return false;
  return INPUT_EXTENSIONS.some((extension) => base.toLowerCase().endsWith(extension));
}

/**
 * Expands command-line inputs into the files to read, in order, each once: folders recursively (sorted),
 * globs ('in/*.txt', 'in/**\/*.html'), '-' for stdin. A missing path or an empty glob is an error diagnostic.
 * Example: await listInputs(['examples/articles', '-']) → { files: ['examples/articles/a.txt', '-'], diagnostics: [] }
 */
export async function listInputs(args: string[]): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    if (arg === '-') { files.push('-'); continue; }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      if (isGlob(arg)) {
        const matched = (await expandGlob(arg)).filter(isInputFile);
        if (matched.length === 0) diagnostics.push({ severity: 'error', rule: 'no-match', input: arg, message: `${arg}: matches no ${INPUT_EXTENSIONS.join('/')} file; check the pattern (quote it so the shell does not expand it)` });
        files.push(...matched);
      } else diagnostics.push(unreadable(arg, error));
      continue;
    }
    if (!info.isDirectory()) { files.push(arg); continue; }
    const before = files.length;
    await walkFolder(arg, files, diagnostics, new Set());
    if (files.length === before) diagnostics.push({ severity: 'warning', rule: 'empty-folder', input: arg, message: `${arg}: holds no ${INPUT_EXTENSIONS.join('/')} file; check the folder` });
  }
  return { files: [...new Set(files)], diagnostics };
}

async function walkFolder(dir: string, files: string[], diagnostics: Diagnostic[], visited: Set<string>): Promise<void> {
  // Symbolic links can make a folder its own descendant; each real folder is walked once.
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push(unreadable(dir, error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const folder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isDirectory(), () => false)));
    if (folder) await walkFolder(path, files, diagnostics, visited);
    else if (isInputFile(entry.name)) files.push(path);
  }
}
